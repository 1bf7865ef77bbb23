using Conformance.Specs.Model;

namespace Conformance.Runner.Auth;

/// <summary>
/// Which credential names a security scheme can be served with: alternatives, each a set of names
/// that must all be given. The first alternative is the one error messages name.
/// </summary>
public static class SchemeCredentials
{
    public static IReadOnlyList<IReadOnlyList<string>> Alternatives(ApiSpec spec, SpecSecurityScheme scheme)
    {
        if (SchemeExtensions.Token(spec, scheme.Name) is { } token)
        {
            return [token.CredentialNames];
        }

        return scheme switch
        {
            { Type: "http" } when Is(scheme.Scheme, "basic") => [["username", "password"]],
            { Type: "http" } when Is(scheme.Scheme, "bearer") && Is(scheme.BearerFormat, "JWT") => [["privateKey", "payload"], ["token"]],
            { Type: "oauth2" } when scheme.TokenUrl is not null => [["clientId", "clientSecret"], ["token"]],
            { Type: "http" or "apiKey" or "oauth2" or "openIdConnect" } => [["token"]],
            _ => [],
        };
    }

    /// <summary>The schemes some operation of the spec requires, in the order the spec declares them.</summary>
    public static IReadOnlyList<SpecSecurityScheme> Used(ApiSpec spec)
    {
        var names = spec.EnumerateAllOperations().SelectMany(o => o.Security).SelectMany(r => r).ToHashSet(StringComparer.Ordinal);
        return [.. spec.SecuritySchemes.Values.Where(s => names.Contains(s.Name))];
    }

    private static bool Is(string? value, string expected) => string.Equals(value, expected, StringComparison.OrdinalIgnoreCase);
}
