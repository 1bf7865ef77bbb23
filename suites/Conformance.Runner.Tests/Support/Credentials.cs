using Conformance.Runner.Auth;
using Conformance.Specs;

namespace Conformance.Runner.Tests.Support;

/// <summary>The test-only FiNUM consumer credentials from <c>fixtures/credentials/finum</c>.</summary>
public static class Credentials
{
    public static string Directory => Path.Combine(FixturePaths.Require(), "credentials", "finum");

    public static string PrivateKeyPem => File.ReadAllText(Path.Combine(Directory, "consumer.key.pem"));

    public static string PublicKeyPem => File.ReadAllText(Path.Combine(Directory, "consumer.pub.pem"));

    public static string PayloadJson => File.ReadAllText(Path.Combine(Directory, "consumer.payload.json"));

    public static JwtCredentialProvider Jwt(TimeProvider clock) => new(PrivateKeyPem, PayloadJson, clock);
}
