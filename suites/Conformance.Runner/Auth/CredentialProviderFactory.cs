using Conformance.Runner.Profiles;

namespace Conformance.Runner.Auth;

/// <summary>
/// Builds the credential providers for one API from the profile's credential sources, falling
/// back to the test-only files in <c>fixtures/credentials/&lt;api&gt;/</c>. Names: <c>privateKey</c>
/// + <c>payload</c> (signed JWT), <c>token</c> (bearer or apiKey), <c>username</c> + <c>password</c> (Basic).
/// </summary>
public static class CredentialProviderFactory
{
    public static IReadOnlyList<ICredentialProvider> Create(string apiId, ApiProfile? profile, string? fixturesDirectory, TimeProvider timeProvider)
    {
        var sources = new Dictionary<string, CredentialSource>(profile?.Credentials ?? new Dictionary<string, CredentialSource>());
        if (sources.Count == 0 && fixturesDirectory is not null)
        {
            AddDefaults(sources, Path.Combine(fixturesDirectory, "credentials", apiId));
        }

        var providers = new List<ICredentialProvider>();
        if (sources.TryGetValue("privateKey", out var key) && sources.TryGetValue("payload", out var payload))
        {
            providers.Add(new JwtCredentialProvider(CredentialResolver.Read("privateKey", key), CredentialResolver.Read("payload", payload), timeProvider));
        }

        if (sources.TryGetValue("username", out var user) && sources.TryGetValue("password", out var password))
        {
            providers.Add(new BasicCredentialProvider(CredentialResolver.Read("username", user).Trim(), CredentialResolver.Read("password", password).Trim()));
        }

        if (sources.TryGetValue("token", out var token))
        {
            providers.Add(new BearerTokenCredentialProvider(CredentialResolver.Read("token", token)));
        }

        return providers;
    }

    private static void AddDefaults(Dictionary<string, CredentialSource> sources, string directory)
    {
        void Add(string name, string file)
        {
            var path = Path.Combine(directory, file);
            if (File.Exists(path))
            {
                sources[name] = new CredentialSource(null, path);
            }
        }

        Add("privateKey", "consumer.key.pem");
        Add("payload", "consumer.payload.json");
        Add("username", "username.txt");
        Add("password", "password.txt");
        Add("token", "token.txt");
    }
}
