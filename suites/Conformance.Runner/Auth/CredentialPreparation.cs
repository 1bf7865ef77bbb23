using Conformance.Runner.Profiles;
using Conformance.Specs.Model;

namespace Conformance.Runner.Auth;

/// <summary>
/// Resolves every credential one API needs before anything is sent. Sources are the profile's
/// <c>credentials</c>, or, when it names none, the test-only files in
/// <c>fixtures/credentials/&lt;api&gt;/</c> (<c>privateKey</c> → <c>consumer.key.pem</c>,
/// <c>payload</c> → <c>consumer.payload.json</c>, any other name N → <c>N.txt</c>). Problems, each
/// naming the profile key and the variable or file:
/// <list type="bullet">
/// <item>a named source that cannot be read (variable unset or empty, file missing or empty);</item>
/// <item>a scheme the API uses that the credentials serve only partly (e.g. <c>username</c> without <c>password</c>);</item>
/// <item>with a profile entry for the API: a scheme the API uses and no credential serves at all.</item>
/// </list>
/// Without a profile entry, a scheme nothing serves is sent without credentials (a provider's
/// refusals then become findings), so a contract-only API can still be tried.
/// </summary>
public static class CredentialPreparation
{
    private static readonly Dictionary<string, string> FixtureFiles = new(StringComparer.Ordinal)
    {
        ["privateKey"] = "consumer.key.pem",
        ["payload"] = "consumer.payload.json",
    };

    public static (ResolvedCredentials Credentials, IReadOnlyList<string> Problems) Resolve(
        string apiId, ApiSpec spec, ApiProfile? profile, string? fixturesDirectory, CredentialResolver? resolver = null)
    {
        resolver ??= new CredentialResolver();
        var fromProfile = profile is { Credentials.Count: > 0 };
        var sources = fromProfile ? new Dictionary<string, CredentialSource>(profile!.Credentials) : FixtureSources(apiId, spec, fixturesDirectory);
        var problems = new List<string>();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, source) in sources.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var resolution = resolver.Resolve(name, source);
            if (resolution.Value is { } value)
            {
                values[name] = value;
            }
            else
            {
                problems.Add($"{Key(apiId, fromProfile, name)}: {resolution.Error}");
            }
        }

        foreach (var scheme in SchemeCredentials.Used(spec))
        {
            var alternatives = SchemeCredentials.Alternatives(spec, scheme);
            if (alternatives.Count == 0 || alternatives.Any(a => a.All(sources.ContainsKey)))
            {
                continue;
            }

            var partial = alternatives.FirstOrDefault(a => a.Any(sources.ContainsKey));
            if (partial is not null || profile is not null)
            {
                var wanted = partial ?? alternatives[0];
                var missing = wanted.Where(n => !sources.ContainsKey(n));
                var where = fromProfile ? $"apis.{apiId}.credentials" : $"apis.{apiId}.credentials (none given; no test-only defaults in {FixtureDirectory(apiId, fixturesDirectory) ?? "fixtures/credentials"})";
                problems.Add($"{where}: security scheme '{scheme.Name}' needs {string.Join(" and ", wanted)}; missing: {string.Join(", ", missing)}");
            }
        }

        return (new ResolvedCredentials { Values = values, Scopes = profile?.Scopes }, problems);
    }

    /// <summary>
    /// What the contract's security schemes declare wrongly for the runner: an unknown mode in
    /// <c>x-conformance-wrong-credentials</c>, an <c>x-conformance-token</c> without <c>operationId</c>
    /// or <c>token</c>, or naming an operation the contract does not have.
    /// </summary>
    public static IReadOnlyList<string> ContractProblems(ApiSpec spec)
    {
        var problems = new List<string>();
        foreach (var scheme in spec.SecuritySchemes.Values)
        {
            var at = $"/components/securitySchemes/{scheme.Name}";
            problems.AddRange(SchemeExtensions.UnknownWrongCredentials(spec, scheme.Name)
                .Select(n => $"{at}/{SchemeExtensions.WrongCredentialsKey}: '{n}' is not one of {string.Join(", ", AuthModeNames.InOrder.Select(AuthModeNames.Name))}"));
            if (SchemeExtensions.Node(spec, scheme.Name)?[SchemeExtensions.TokenKey] is { } declared)
            {
                var token = SchemeExtensions.Token(spec, scheme.Name);
                if (token is null)
                {
                    problems.Add($"{at}/{SchemeExtensions.TokenKey}: needs 'operationId' and 'token' (a JSON pointer into the answer){(declared is System.Text.Json.Nodes.JsonObject ? string.Empty : "; it must be an object")}");
                }
                else if (spec.FindOperation(token.OperationId) is null)
                {
                    problems.Add($"{at}/{SchemeExtensions.TokenKey}/operationId: the contract has no operation '{token.OperationId}'");
                }
            }
        }

        return problems;
    }

    private static string Key(string apiId, bool fromProfile, string name) =>
        fromProfile ? $"apis.{apiId}.credentials.{name}" : $"test-only credential {name} of {apiId}";

    private static string? FixtureDirectory(string apiId, string? fixturesDirectory) =>
        fixturesDirectory is null ? null : Path.Combine(fixturesDirectory, "credentials", apiId);

    private static Dictionary<string, CredentialSource> FixtureSources(string apiId, ApiSpec spec, string? fixturesDirectory)
    {
        var sources = new Dictionary<string, CredentialSource>(StringComparer.Ordinal);
        if (FixtureDirectory(apiId, fixturesDirectory) is not { } directory || !Directory.Exists(directory))
        {
            return sources;
        }

        var names = SchemeCredentials.Used(spec).SelectMany(s => SchemeCredentials.Alternatives(spec, s)).SelectMany(a => a).Distinct(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var path = Path.Combine(directory, FixtureFiles.GetValueOrDefault(name, $"{name}.txt"));
            if (File.Exists(path))
            {
                sources[name] = new CredentialSource(null, path);
            }
        }

        return sources;
    }
}
