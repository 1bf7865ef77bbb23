using System.Text.Json.Nodes;
using Conformance.Runner.Expressions;

namespace Conformance.Runner.Auth;

/// <summary>
/// <c>x-conformance-token</c> on a security scheme: the token is obtained by calling
/// <see cref="OperationId"/> with <see cref="Body"/> (string members <c>{$credentials.NAME}</c> are
/// replaced by the profile's credential NAME), and read from the JSON answer at the pointer
/// <see cref="Token"/>. Expiry comes from <see cref="ExpiresAt"/> (an instant: RFC 3339, or
/// <c>yyyy-MM-dd HH:mm:ss</c> taken as UTC) or <see cref="ExpiresIn"/> (seconds), else
/// <see cref="Lifetime"/> after it was obtained.
/// </summary>
public sealed record OperationTokenSpec
{
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromMinutes(5);

    public required string OperationId { get; init; }
    public JsonNode? Body { get; init; }
    public required string Token { get; init; }
    public string? ExpiresAt { get; init; }
    public string? ExpiresIn { get; init; }
    public TimeSpan Lifetime { get; init; } = DefaultLifetime;

    /// <summary>The credential names the body refers to, in order of appearance.</summary>
    public IReadOnlyList<string> CredentialNames => [.. CredentialTemplate.Names(Body).Distinct(StringComparer.Ordinal)];

    /// <summary>Null when <c>operationId</c> or <c>token</c> is missing.</summary>
    public static OperationTokenSpec? Read(JsonObject node)
    {
        var operationId = Text(node, "operationId");
        var token = Text(node, "token");
        if (operationId is null || token is null)
        {
            return null;
        }

        var lifetime = node["lifetime"] is JsonValue v && v.TryGetValue<double>(out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : DefaultLifetime;
        return new OperationTokenSpec
        {
            OperationId = operationId,
            Body = node["body"]?.DeepClone(),
            Token = token,
            ExpiresAt = Text(node, "expiresAt"),
            ExpiresIn = Text(node, "expiresIn"),
            Lifetime = lifetime,
        };
    }

    private static string? Text(JsonObject node, string name) =>
        node[name] is JsonValue value && JsonValues.ToText(value) is { Length: > 0 } text ? text : null;
}
