using System.Text.Json.Nodes;
using Conformance.Runner.Arazzo;
using Conformance.Runner.Expressions;
using JsonPointer = Conformance.Specs.Json.JsonPointer;
using Conformance.Specs.Model;

namespace Conformance.Runner.Auth;

/// <summary>
/// What a security scheme declares beyond OpenAPI, read from the contract's own JSON
/// (<c>/components/securitySchemes/{name}</c>): <c>x-conformance-wrong-credentials</c> (the
/// wrong-credential modes that apply), <c>x-conformance-token</c> (a token obtained by calling an
/// operation of the contract, see <see cref="OperationTokenSpec"/>), and the OAuth2
/// client-credentials scopes. Documented in <c>docs/credentials.md</c>.
/// </summary>
public static class SchemeExtensions
{
    public const string WrongCredentialsKey = "x-conformance-wrong-credentials";
    public const string TokenKey = "x-conformance-token";

    public static JsonObject? Node(ApiSpec spec, string schemeName) =>
        JsonPointer.Resolve(spec.Document, JsonPointer.Append("/components/securitySchemes", schemeName)) as JsonObject;

    /// <summary>The declared wrong-credential modes; null when the scheme does not declare them. Unknown names are skipped (the loader reports them).</summary>
    public static IReadOnlyList<AuthMode>? WrongCredentials(ApiSpec spec, string schemeName)
    {
        if (Node(spec, schemeName)?[WrongCredentialsKey] is not JsonArray list)
        {
            return null;
        }

        return [.. list.Select(JsonValues.ToText).Select(n => AuthModeNames.TryParse(n, out var m) ? (AuthMode?)m : null).OfType<AuthMode>().Distinct()];
    }

    /// <summary>Names in <c>x-conformance-wrong-credentials</c> that are not modes.</summary>
    public static IReadOnlyList<string> UnknownWrongCredentials(ApiSpec spec, string schemeName) =>
        Node(spec, schemeName)?[WrongCredentialsKey] is JsonArray list
            ? [.. list.Select(JsonValues.ToText).Where(n => !AuthModeNames.TryParse(n, out _))]
            : [];

    public static OperationTokenSpec? Token(ApiSpec spec, string schemeName) =>
        Node(spec, schemeName)?[TokenKey] is JsonObject token ? OperationTokenSpec.Read(token) : null;

    /// <summary>The scopes an OAuth2 scheme's client-credentials flow declares, in document order.</summary>
    public static IReadOnlyList<string> DeclaredScopes(ApiSpec spec, string schemeName) =>
        Node(spec, schemeName)?["flows"]?["clientCredentials"]?["scopes"] is JsonObject scopes ? [.. scopes.Select(p => p.Key)] : [];

    /// <summary>The scopes the operation's requirements name for a scheme (OpenAPI: the requirement's array).</summary>
    public static IReadOnlyList<string> RequiredScopes(ApiSpec spec, SpecOperation operation, string schemeName)
    {
        var security = JsonPointer.Resolve(spec.Document, operation.Pointer)?["security"] as JsonArray
            ?? (operation.Pointer.StartsWith("/paths/", StringComparison.Ordinal) ? spec.Document["security"] as JsonArray : null);
        return security?.OfType<JsonObject>().Select(r => r[schemeName]).OfType<JsonArray>().FirstOrDefault() is { } scopes
            ? [.. scopes.Select(JsonValues.ToText).Where(s => s.Length > 0)]
            : [];
    }
}
