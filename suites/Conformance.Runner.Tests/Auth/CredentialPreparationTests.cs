using Conformance.Runner.Auth;
using Conformance.Runner.Profiles;
using Conformance.Runner.Tests.Support;

namespace Conformance.Runner.Tests.Auth;

internal sealed class CredentialPreparationTests
{
    private static readonly Conformance.Specs.Model.ApiSpec Spec = AuthSpec.Create();

    private static readonly Dictionary<string, string?> Environment = new()
    {
        ["CLIENT_ID"] = "client-1",
        ["CLIENT_SECRET"] = "client-secret-1",
        ["USER"] = "api-user",
        ["PASSWORD"] = "api-password",
        ["HASH"] = "hash-1",
        ["SECRET"] = "secret-value-1",
        ["TOKEN"] = "static-token-1",
    };

    private static readonly CredentialResolver Resolver = new(name => Environment.GetValueOrDefault(name));

    [Test]
    public void Resolve_EverySchemeServed_ResolvesEveryValueWithoutProblems()
    {
        var (credentials, problems) = CredentialPreparation.Resolve("auth", Spec, Profile(Complete()), null, Resolver);

        Assert.That(problems, Is.Empty);
        Assert.That(credentials.Values["clientSecret"], Is.EqualTo("client-secret-1"));
        Assert.That(credentials.Scopes, Is.EqualTo(new[] { "read" }));
    }

    [Test]
    public void Resolve_VariableNotSet_NamesTheProfileKeyAndTheVariable()
    {
        var sources = Complete();
        sources["clientSecret"] = new CredentialSource("SIVI_CLIENT_SECRET", null);

        var (_, problems) = CredentialPreparation.Resolve("auth", Spec, Profile(sources), null, Resolver);

        Assert.That(problems, Is.EqualTo(new[] { "apis.auth.credentials.clientSecret: Credential 'clientSecret': environment variable SIVI_CLIENT_SECRET is not set or empty." }));
    }

    [Test]
    public void Resolve_FileMissing_NamesTheProfileKeyAndTheFile()
    {
        var sources = Complete();
        var path = Path.Combine(Path.GetTempPath(), "no-such-dir-for-credentials", "secret.txt");
        sources["secret"] = new CredentialSource(null, path);

        var (_, problems) = CredentialPreparation.Resolve("auth", Spec, Profile(sources), null, Resolver);

        Assert.That(problems.Single(), Does.StartWith("apis.auth.credentials.secret: ").And.Contain(path));
    }

    [Test]
    public void Resolve_SchemeServedOnlyPartly_NamesWhatIsMissing()
    {
        var sources = Complete();
        sources.Remove("password");

        var (_, problems) = CredentialPreparation.Resolve("auth", Spec, Profile(sources), null, Resolver);

        Assert.That(problems, Is.EqualTo(new[]
        {
            "apis.auth.credentials: security scheme 'basic' needs username and password; missing: password",
            "apis.auth.credentials: security scheme 'custom' needs username and password; missing: password",
        }));
    }

    [Test]
    public void Resolve_ProfileEntryWithoutCredentials_NamesEveryUnservedScheme()
    {
        var (_, problems) = CredentialPreparation.Resolve("auth", Spec, new ApiProfile(), null, Resolver);

        Assert.That(problems, Has.Count.EqualTo(5));
        Assert.That(problems, Has.Some.Contains("security scheme 'opToken' needs hash and secret"));
    }

    [Test]
    public void Resolve_NoProfileAndNoTestOnlyFiles_IsNoProblem()
    {
        var (credentials, problems) = CredentialPreparation.Resolve("auth", Spec, null, Path.GetTempPath(), Resolver);

        Assert.That(problems, Is.Empty);
        Assert.That(credentials.Values, Is.Empty);
    }

    [Test]
    public void Resolve_FinumWithoutProfileCredentials_UsesTheTestOnlyFiles()
    {
        var finum = Conformance.Specs.Loading.SpecLoader.LoadFile(Path.Combine(Conformance.Specs.FixturePaths.Require(), "apis", "finum", "openapi.yaml")).Spec!;

        var (credentials, problems) = CredentialPreparation.Resolve("finum", finum, new ApiProfile(), Conformance.Specs.FixturePaths.Require());

        Assert.That(problems, Is.Empty);
        Assert.That(credentials.Values.Keys, Is.EquivalentTo(new[] { "privateKey", "payload" }));
    }

    [Test]
    public void ContractProblems_UnknownWrongCredentialMode_IsNamedWithItsPointer() =>
        Assert.That(CredentialPreparation.ContractProblems(Spec), Is.EqualTo(new[]
        {
            "/components/securitySchemes/custom/x-conformance-wrong-credentials: 'bogus' is not one of missing, wrong-secret, expired, forged, wrong-key, alg-none, missing-scope, garbage",
        }));

    [Test]
    public void ContractProblems_ShippedContracts_HaveNone()
    {
        foreach (var api in Conformance.Specs.FixturePaths.ApiIds())
        {
            var spec = Conformance.Specs.Loading.SpecLoader.LoadFile(Conformance.Specs.FixturePaths.SpecFile(api)).Spec!;

            Assert.That(CredentialPreparation.ContractProblems(spec), Is.Empty, api);
        }
    }

    [Test]
    public void Prepare_ProfileNamesAnUnsetVariable_IsAProblemBeforeAnythingRuns()
    {
        var profile = new ApiProfile
        {
            Credentials = new Dictionary<string, CredentialSource>
            {
                ["privateKey"] = new("CONFORMANCE_TEST_UNSET_PRIVATE_KEY", null),
                ["payload"] = new(null, Path.Combine(Conformance.Specs.FixturePaths.Require(), "credentials", "finum", "consumer.payload.json")),
            },
        };
        var request = new Runner.Engine.ApiRunRequest { ApiId = "finum", ProviderBaseUrl = "http://127.0.0.1:1/finum/v1", SpecPath = Conformance.Specs.FixturePaths.SpecFile("finum"), Profile = profile };

        var preparation = new Runner.Engine.ConformanceRunner().Prepare(request);

        Assert.That(preparation.IsValid, Is.False);
        Assert.That(preparation.Problems, Is.EqualTo(new[] { "apis.finum.credentials.privateKey: Credential 'privateKey': environment variable CONFORMANCE_TEST_UNSET_PRIVATE_KEY is not set or empty." }));
    }

    private static Dictionary<string, CredentialSource> Complete() => new()
    {
        ["clientId"] = new("CLIENT_ID", null),
        ["clientSecret"] = new("CLIENT_SECRET", null),
        ["username"] = new("USER", null),
        ["password"] = new("PASSWORD", null),
        ["hash"] = new("HASH", null),
        ["secret"] = new("SECRET", null),
        ["token"] = new("TOKEN", null),
    };

    private static ApiProfile Profile(Dictionary<string, CredentialSource> sources) => new() { Credentials = sources, Scopes = ["read"] };
}
