using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Conformance.Mock.Apis.Finum.Auth;

/// <summary>
/// Consumer public keys by issuer (<c>iss</c>). The test-only key shipped in
/// <c>fixtures/credentials/finum/consumer.pub.pem</c> is trusted for <c>conformance-test-consumer</c>.
/// </summary>
public static class FinumTrustedKeys
{
    public const string TestConsumer = "conformance-test-consumer";

    public static IReadOnlyDictionary<string, SecurityKey> Load(string fixturesDirectory, IReadOnlyDictionary<string, string> extra)
    {
        var keys = new Dictionary<string, SecurityKey>(StringComparer.Ordinal);
        var testKey = Path.Combine(fixturesDirectory, "credentials", "finum", "consumer.pub.pem");
        if (File.Exists(testKey))
        {
            keys[TestConsumer] = FromPemFile(testKey);
        }

        foreach (var (issuer, path) in extra)
        {
            keys[issuer] = FromPemFile(path);
        }

        return keys;
    }

    /// <summary>Reads an RSA or EC public key (SPKI or PKCS#1 PEM). A bad file is a configuration error.</summary>
    public static SecurityKey FromPemFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new ArgumentException($"Trusted key file not found: {path}");
        }

        var pem = File.ReadAllText(path);
        try
        {
            var rsa = RSA.Create();
            rsa.ImportFromPem(pem);
            return new RsaSecurityKey(rsa);
        }
        catch (Exception ex) when (ex is CryptographicException or ArgumentException)
        {
            try
            {
                var ec = ECDsa.Create();
                ec.ImportFromPem(pem);
                return new ECDsaSecurityKey(ec);
            }
            catch (Exception inner) when (inner is CryptographicException or ArgumentException)
            {
                throw new ArgumentException($"{path} holds no RSA or EC public key in PEM form.", inner);
            }
        }
    }
}
