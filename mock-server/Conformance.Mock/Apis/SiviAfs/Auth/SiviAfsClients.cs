using System.Security.Cryptography;
using System.Text;
using Conformance.Mock.Seeding;

namespace Conformance.Mock.Apis.SiviAfs.Auth;

/// <summary>
/// The clients of <c>seed.yaml</c> with their TEST-ONLY secrets, read from
/// <c>fixtures/credentials/sivi-afs/&lt;client id&gt;.secret.txt</c>; a client without a secret file is
/// a configuration error (the start stops).
/// </summary>
public sealed class SiviAfsClients
{
    private readonly Dictionary<string, SiviAfsClient> clients;

    public SiviAfsClients(IEnumerable<SiviAfsClient> clients) =>
        this.clients = clients.ToDictionary(c => c.Id, StringComparer.Ordinal);

    public static SiviAfsClients Load(IReadOnlyDictionary<string, string> registered, string credentialsDirectory)
    {
        ArgumentNullException.ThrowIfNull(registered);
        return new SiviAfsClients(registered.Select(r =>
        {
            var file = Path.Combine(credentialsDirectory, r.Key + ".secret.txt");
            if (!File.Exists(file))
            {
                throw new SeedFileException($"sivi-afs: no secret for OAuth client '{r.Key}' ({file}).");
            }

            var scopes = r.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
            return new SiviAfsClient(r.Key, File.ReadAllText(file).Trim(), scopes);
        }));
    }

    /// <summary>The client when the id is known and the secret matches (compared in constant time).</summary>
    public SiviAfsClient? Authenticate(string id, string secret)
    {
        if (!clients.TryGetValue(id, out var client))
        {
            return null;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(client.Secret), Encoding.UTF8.GetBytes(secret)) ? client : null;
    }
}
