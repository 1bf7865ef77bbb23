using Conformance.Runner.Arazzo;
using Conformance.Specs.Model;

namespace Conformance.Runner.Auth;

/// <summary>
/// Adds an operation's credentials: takes the first security requirement of the operation whose
/// schemes all have a provider (OpenAPI: any one requirement suffices) and asks each provider
/// for its headers in the requested mode. An operation without security gets nothing.
/// </summary>
public sealed class Authenticator(ApiSpec spec, IReadOnlyList<ICredentialProvider> providers)
{
    public static Authenticator None(ApiSpec spec) => new(spec, []);

    public IReadOnlyList<ICredentialProvider> Providers => providers;

    /// <summary>True when the operation requires credentials (no empty requirement).</summary>
    public static bool RequiresAuth(SpecOperation operation) =>
        operation.Security.Count > 0 && operation.Security.All(r => r.Count > 0);

    public IReadOnlyList<KeyValuePair<string, string>> HeadersFor(SpecOperation operation, AuthMode mode)
    {
        if (mode == AuthMode.None)
        {
            return [];
        }

        foreach (var requirement in operation.Security.Where(r => r.Count > 0))
        {
            var schemes = requirement.Select(name => spec.SecuritySchemes.TryGetValue(name, out var s) ? s : null).ToList();
            if (schemes.Any(s => s is null))
            {
                continue;
            }

            var pairs = schemes.Select(s => (Scheme: s!, Provider: providers.FirstOrDefault(p => p.CanHandle(s!)))).ToList();
            if (pairs.All(p => p.Provider is not null))
            {
                return pairs.SelectMany(p => p.Provider!.CreateHeaders(p.Scheme, mode)).ToList();
            }
        }

        return [];
    }
}
