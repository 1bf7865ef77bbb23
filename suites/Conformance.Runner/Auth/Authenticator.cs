using Conformance.Runner.Arazzo;
using Conformance.Specs.Model;

namespace Conformance.Runner.Auth;

/// <summary>
/// Adds an operation's credentials: takes the first security requirement of the operation whose
/// schemes all have a provider (OpenAPI: any one requirement suffices) and asks each provider for
/// its headers in the requested mode. An operation without security, or whose requirements no
/// provider serves, gets nothing.
/// </summary>
public sealed class Authenticator(ApiSpec spec, IReadOnlyList<ICredentialProvider> providers)
{
    public static Authenticator None(ApiSpec spec) => new(spec, []);

    public IReadOnlyList<ICredentialProvider> Providers => providers;

    /// <summary>True when the operation requires credentials (no empty requirement).</summary>
    public static bool RequiresAuth(SpecOperation operation) =>
        operation.Security.Count > 0 && operation.Security.All(r => r.Count > 0);

    public async Task<CredentialOutcome> AuthenticateAsync(SpecOperation operation, AuthMode mode, TokenClient tokens, CancellationToken cancellationToken)
    {
        if (mode == AuthMode.None || Served(operation) is not { } pairs)
        {
            return CredentialOutcome.Nothing;
        }

        var headers = new List<KeyValuePair<string, string>>();
        var problems = new List<string>();
        foreach (var (scheme, provider) in pairs)
        {
            var context = new CredentialContext
            {
                Spec = spec,
                Operation = operation,
                Scheme = scheme,
                Mode = mode,
                RequiredScopes = SchemeExtensions.RequiredScopes(spec, operation, scheme.Name),
                Tokens = tokens,
            };
            var outcome = await provider.AuthenticateAsync(context, cancellationToken);
            headers.AddRange(outcome.Headers);
            if (outcome.Problem is { } problem)
            {
                problems.Add(problem);
            }
        }

        return new CredentialOutcome(headers, problems.Count == 0 ? null : string.Join("; ", problems));
    }

    /// <summary>
    /// Why <paramref name="mode"/> cannot be sent to <paramref name="operation"/> (null: it can, or the
    /// operation needs nothing): e.g. a token lacking a scope when the profile grants no other scope.
    /// </summary>
    public string? Unavailable(SpecOperation operation, AuthMode mode)
    {
        if (mode is AuthMode.Default or AuthMode.None || Served(operation) is not { } pairs)
        {
            return null;
        }

        return pairs.Select(p => p.Provider.Unavailable(p.Scheme, mode, SchemeExtensions.RequiredScopes(spec, operation, p.Scheme.Name)))
            .FirstOrDefault(r => r is not null);
    }

    private List<(SpecSecurityScheme Scheme, ICredentialProvider Provider)>? Served(SpecOperation operation)
    {
        foreach (var requirement in operation.Security.Where(r => r.Count > 0))
        {
            var pairs = new List<(SpecSecurityScheme, ICredentialProvider)>();
            foreach (var name in requirement)
            {
                if (!spec.SecuritySchemes.TryGetValue(name, out var scheme) || providers.FirstOrDefault(p => p.CanHandle(scheme)) is not { } provider)
                {
                    break;
                }

                pairs.Add((scheme, provider));
            }

            if (pairs.Count == requirement.Count)
            {
                return pairs;
            }
        }

        return null;
    }
}
