using Conformance.Runner.Arazzo;
using Conformance.Specs.Model;

namespace Conformance.Runner.Auth;

/// <summary>
/// Which wrong-credential cases apply to an operation: those of the schemes of its first security
/// requirement, each scheme's own <c>x-conformance-wrong-credentials</c> list or, without one, the
/// default of its kind. <see cref="AuthMode.None"/> stands for <c>missing</c>.
/// <list type="table">
/// <item><term>token from an operation (<c>x-conformance-token</c>)</term><description>missing, garbage</description></item>
/// <item><term>http bearer JWT</term><description>missing, expired, forged, wrong-key, alg-none, garbage</description></item>
/// <item><term>http basic</term><description>missing, wrong-secret, garbage</description></item>
/// <item><term>oauth2</term><description>missing, garbage, and missing-scope when the requirement names scopes</description></item>
/// <item><term>any other</term><description>missing, garbage</description></item>
/// </list>
/// </summary>
public static class WrongCredentialModes
{
    private static readonly AuthMode[] Jwt = [AuthMode.None, AuthMode.Expired, AuthMode.Forged, AuthMode.WrongKey, AuthMode.AlgNone, AuthMode.Garbage];
    private static readonly AuthMode[] Basic = [AuthMode.None, AuthMode.WrongSecret, AuthMode.Garbage];
    private static readonly AuthMode[] Token = [AuthMode.None, AuthMode.Garbage];

    /// <summary>The modes in generation order (missing first); empty for an operation that needs no credentials.</summary>
    public static IReadOnlyList<AuthMode> For(ApiSpec spec, SpecOperation operation)
    {
        if (!Authenticator.RequiresAuth(operation))
        {
            return [];
        }

        var modes = new HashSet<AuthMode>();
        foreach (var name in operation.Security[0])
        {
            if (spec.SecuritySchemes.TryGetValue(name, out var scheme))
            {
                modes.UnionWith(ForScheme(spec, scheme, SchemeExtensions.RequiredScopes(spec, operation, name).Count > 0));
            }
        }

        return [.. AuthModeNames.InOrder.Where(modes.Contains)];
    }

    /// <summary>The modes of one scheme: its declared list, else the default of its kind.</summary>
    public static IReadOnlyList<AuthMode> ForScheme(ApiSpec spec, SpecSecurityScheme scheme, bool requirementNamesScopes)
    {
        if (SchemeExtensions.WrongCredentials(spec, scheme.Name) is { } declared)
        {
            return declared;
        }

        if (SchemeExtensions.Token(spec, scheme.Name) is not null)
        {
            return Token;
        }

        return scheme switch
        {
            { Type: "http" } when Is(scheme.Scheme, "basic") => Basic,
            { Type: "http" } when Is(scheme.Scheme, "bearer") && Is(scheme.BearerFormat, "JWT") => Jwt,
            { Type: "oauth2" } when requirementNamesScopes => [.. Token, AuthMode.MissingScope],
            _ => Token,
        };
    }

    private static bool Is(string? value, string expected) => string.Equals(value, expected, StringComparison.OrdinalIgnoreCase);
}
