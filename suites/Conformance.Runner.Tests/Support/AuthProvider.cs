using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Conformance.Runner.Tests.Support;

/// <summary>
/// A loopback provider for <see cref="AuthSpec"/>: issues OAuth2 tokens (client <c>client-1</c> /
/// <c>client-secret-1</c>, 60 s) carrying the scopes asked for, tokens from <c>createToken</c>
/// (hash <c>hash-1</c> / secret <c>secret-value-1</c>, expiring at <see cref="OperationTokenExpiry"/>),
/// and serves the secured operations: 200 for a known token with the scope, 403 without it, 401 else.
/// </summary>
public sealed class AuthProvider : IAsyncDisposable
{
    public const string ClientId = "client-1";
    public const string ClientSecret = "client-secret-1";
    public const string Hash = "hash-1";
    public const string Secret = "secret-value-1";
    public const string OperationTokenExpiry = "2026-01-01 00:15:00";

    private readonly ConcurrentDictionary<string, string[]> tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Method, string Path, string? Authorization, string Body)> received = new();
    private int issued;
    private TestProvider? server;

    /// <summary>When true, the token endpoint answers 200 without <c>token_type</c> (a schema violation).</summary>
    public bool OmitTokenType { get; set; }

    /// <summary>When set, every answer's <c>Date</c> header: the provider's own clock, which may differ from the runner's.</summary>
    public Func<DateTimeOffset>? Clock { get; set; }

    /// <summary>Called with each <c>/trigger</c> body, e.g. to send a webhook.</summary>
    public Func<JsonNode?, Task>? OnTrigger { get; set; }

    public string BaseUrl => server!.Url + AuthSpec.BasePath;

    public IReadOnlyList<(string Method, string Path, string? Authorization, string Body)> Received => [.. received];

    public static async Task<AuthProvider> StartAsync()
    {
        var provider = new AuthProvider();
        provider.server = await TestProvider.StartAsync(provider.HandleAsync);
        return provider;
    }

    private async Task HandleAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var path = http.Request.Path.Value ?? string.Empty;
        var authorization = http.Request.Headers.Authorization.ToString();
        received.Enqueue((http.Request.Method, path, authorization.Length == 0 ? null : authorization, body));
        if (Clock is { } clock)
        {
            http.Response.Headers.Date = clock().ToString("r", System.Globalization.CultureInfo.InvariantCulture);
        }

        switch (path)
        {
            case AuthSpec.BasePath + "/oauth/token":
                await TokenAsync(http, authorization, body);
                return;
            case AuthSpec.BasePath + "/tokens":
                await CreateTokenAsync(http, body);
                return;
            case AuthSpec.BasePath + "/trigger":
                http.Response.StatusCode = 202;
                if (OnTrigger is { } trigger)
                {
                    _ = Task.Run(() => trigger(JsonNode.Parse(body)));
                }

                return;
            default:
                await SecuredAsync(http, path, authorization);
                return;
        }
    }

    private async Task TokenAsync(HttpContext http, string authorization, string body)
    {
        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ClientId}:{ClientSecret}"));
        var form = body.Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p.ElementAtOrDefault(1) ?? string.Empty));
        if (authorization != expected || form.GetValueOrDefault("grant_type") != "client_credentials")
        {
            http.Response.StatusCode = 401;
            return;
        }

        var token = $"oauth-token-{Interlocked.Increment(ref issued):D4}-issued-by-the-test-provider";
        tokens[token] = form.GetValueOrDefault("scope", string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var answer = new JsonObject { ["access_token"] = token, ["expires_in"] = 60 };
        if (!OmitTokenType)
        {
            answer["token_type"] = "Bearer";
        }

        await Json(http, answer);
    }

    private async Task CreateTokenAsync(HttpContext http, string body)
    {
        var request = JsonNode.Parse(body);
        if (request?["hash"]?.GetValue<string>() != Hash || request["secret"]?.GetValue<string>() != Secret)
        {
            await Json(http, new JsonObject { ["error"] = "API User is not existing or deactivated." });
            return;
        }

        var token = $"op-token-{Interlocked.Increment(ref issued):D4}-issued-by-the-test-provider";
        tokens[token] = [];
        await Json(http, new JsonObject { ["token"] = token, ["expired"] = OperationTokenExpiry });
    }

    private async Task SecuredAsync(HttpContext http, string path, string authorization)
    {
        var token = authorization.StartsWith("Bearer ", StringComparison.Ordinal) ? authorization[7..] : string.Empty;
        if (!tokens.TryGetValue(token, out var scopes))
        {
            http.Response.StatusCode = 401;
            return;
        }

        var needed = path.EndsWith("/read", StringComparison.Ordinal) ? "read" : path.EndsWith("/write", StringComparison.Ordinal) ? "write" : null;
        if (needed is not null && !scopes.Contains(needed))
        {
            http.Response.StatusCode = 403;
            return;
        }

        // Echoes the token, as a careless provider might: reports must still not show it.
        await Json(http, new JsonObject { ["seen"] = token });
    }

    private static async Task Json(HttpContext http, JsonObject body)
    {
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(body.ToJsonString());
    }

    public async ValueTask DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
