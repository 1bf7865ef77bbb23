using System.Globalization;
using System.Text.Json.Nodes;
using Conformance.Runner.Arazzo;
using Conformance.Runner.Checks;
using Conformance.Runner.Transport;
using Conformance.Specs.Model;

namespace Conformance.Runner.Auth;

/// <summary>
/// OAuth 2.0 client credentials (RFC 6749 §4.4) for one scheme: the token is requested from the
/// scheme's <c>tokenUrl</c> (resolved against the API base URL) with the client authenticated by
/// HTTP Basic (§2.3.1), for the profile's scopes (default: every scope the scheme declares), and
/// sent as <c>Authorization: Bearer</c> (RFC 6750). Tokens are cached until they expire
/// (<c>expires_in</c>, default <see cref="DefaultLifetime"/>) on the provider's clock (a
/// <see cref="ProviderClock"/> when the run has one).
/// <see cref="AuthMode.MissingScope"/> is a real token obtained without the scopes the operation
/// requires; <see cref="AuthMode.Expired"/> is a token the provider issued once it has expired on its
/// clock (<see cref="TokenCache.Expired"/>); other wrong modes send an opaque token the provider never issued.
/// </summary>
public sealed class OAuth2ClientCredentialsProvider(
    string schemeName,
    string tokenUrl,
    string clientId,
    string clientSecret,
    IReadOnlyList<string> scopes,
    TimeProvider timeProvider,
    SecretMasker masker) : ICredentialProvider, IDisposable
{
    /// <summary>Lifetime assumed when the answer has no <c>expires_in</c> (RFC 6749 §5.1 makes it optional).</summary>
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromMinutes(5);

    private readonly TokenCache cache = new(timeProvider);

    public IReadOnlyList<string> Scopes => scopes;

    public bool CanHandle(SpecSecurityScheme scheme) => scheme.Name == schemeName;

    public string? Unavailable(SpecSecurityScheme scheme, AuthMode mode, IReadOnlyList<string> requiredScopes) =>
        mode != AuthMode.MissingScope ? null
        : requiredScopes.Count == 0 ? $"the operation's requirement of '{schemeName}' names no scope"
        : Narrower(requiredScopes).Count == 0 ? $"the profile grants no scope besides {string.Join(" ", requiredScopes)}, so no token lacking it can be obtained"
        : null;

    public async Task<CredentialOutcome> AuthenticateAsync(CredentialContext context, CancellationToken cancellationToken)
    {
        switch (context.Mode)
        {
            case AuthMode.None:
                return CredentialOutcome.Nothing;
            case AuthMode.Default:
                return await TokenAsync(context, scopes, cancellationToken);
            case AuthMode.Expired:
                return cache.Expired(string.Join(' ', scopes)) is { } expired
                    ? CredentialOutcome.Header("Authorization", $"Bearer {expired}")
                    : CredentialOutcome.Failed(TokenCache.NoneExpired);
            case AuthMode.MissingScope when Narrower(context.RequiredScopes) is { Count: > 0 } narrower:
                return await TokenAsync(context, narrower, cancellationToken);
            default:
                return StaticTokenCredentialProvider.Header(context.Scheme, StaticTokenCredentialProvider.UnknownToken());
        }
    }

    private List<string> Narrower(IReadOnlyList<string> required) => [.. scopes.Where(s => !required.Contains(s, StringComparer.Ordinal))];

    private async Task<CredentialOutcome> TokenAsync(CredentialContext context, IReadOnlyList<string> wanted, CancellationToken cancellationToken)
    {
        var obtained = await cache.GetAsync(string.Join(' ', wanted), ct => RequestAsync(context, wanted, ct), cancellationToken);
        return obtained.Token is { } token
            ? CredentialOutcome.Header("Authorization", $"Bearer {token}")
            : CredentialOutcome.Failed(obtained.Problem ?? "no token");
    }

    private async Task<ObtainedToken> RequestAsync(CredentialContext context, IReadOnlyList<string> wanted, CancellationToken cancellationToken)
    {
        var url = context.Tokens.Resolve(tokenUrl);
        var form = "grant_type=client_credentials" + (wanted.Count > 0 ? "&scope=" + Uri.EscapeDataString(string.Join(' ', wanted)) : string.Empty);
        var request = new TransportRequest
        {
            Method = "POST",
            Url = url,
            Headers =
            [
                new("Authorization", BasicCredentialProvider.HeaderValue(Uri.EscapeDataString(clientId), Uri.EscapeDataString(clientSecret))),
                new("Accept", "application/json"),
            ],
            Body = form,
            ContentType = "application/x-www-form-urlencoded",
        };
        var operation = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? context.Spec.MatchRequest("POST", uri.AbsolutePath)?.Operation : null;
        var sent = timeProvider.GetTimestamp();
        var result = await context.Tokens.SendAsync(request, operation, cancellationToken);
        var started = ProviderClock.SentAt(timeProvider, sent);
        if (result.StatusCode is not { } status)
        {
            return ObtainedToken.Failed($"the token request to {url} got no answer: {result.ErrorMessage}");
        }

        var body = ExchangeContext.Parse(result.BodyText).Node as JsonObject;
        if (status != 200 || body?["access_token"] is not JsonValue value || !value.TryGetValue<string>(out var token) || token.Length == 0)
        {
            return ObtainedToken.Failed($"the token request to {url} was answered {status} without an access_token");
        }

        masker.Add(token);
        var lifetime = body["expires_in"] is JsonValue e && double.TryParse(e.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : DefaultLifetime;
        return new ObtainedToken(token, started + lifetime, null);
    }

    public void Dispose() => cache.Dispose();
}
