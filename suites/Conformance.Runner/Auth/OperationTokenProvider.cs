using System.Globalization;
using System.Text.Json.Nodes;
using Conformance.Runner.Arazzo;
using Conformance.Runner.Checks;
using Conformance.Runner.Expressions;
using Conformance.Runner.Transport;
using JsonPointer = Conformance.Specs.Json.JsonPointer;
using Conformance.Specs.Model;

namespace Conformance.Runner.Auth;

/// <summary>
/// A token obtained by calling an operation of the contract, as the scheme's
/// <c>x-conformance-token</c> (<see cref="OperationTokenSpec"/>) declares, e.g. Thinksurance
/// <c>createToken</c> with <c>hash</c> and <c>secret</c>. The token is cached until it expires on the
/// provider's clock (a <see cref="ProviderClock"/> when the run has one) and sent as the scheme says (<c>Authorization: Bearer</c> or the apiKey header).
/// <see cref="AuthMode.Expired"/> sends a token the provider issued once it has expired on that clock
/// (<see cref="TokenCache.Expired"/>); other wrong modes send a token the provider never issued.
/// </summary>
public sealed class OperationTokenProvider(
    string schemeName,
    OperationTokenSpec spec,
    IReadOnlyDictionary<string, string> credentials,
    TimeProvider timeProvider,
    SecretMasker masker) : ICredentialProvider, IDisposable
{
    private static readonly string[] InstantFormats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss"];
    private readonly TokenCache cache = new(timeProvider);

    public bool CanHandle(SpecSecurityScheme scheme) => scheme.Name == schemeName;

    public async Task<CredentialOutcome> AuthenticateAsync(CredentialContext context, CancellationToken cancellationToken)
    {
        if (context.Mode == AuthMode.None)
        {
            return CredentialOutcome.Nothing;
        }

        if (context.Mode == AuthMode.Expired)
        {
            return cache.Expired(string.Empty) is { } expired
                ? StaticTokenCredentialProvider.Header(context.Scheme, expired)
                : CredentialOutcome.Failed(TokenCache.NoneExpired);
        }

        if (context.Mode != AuthMode.Default)
        {
            return StaticTokenCredentialProvider.Header(context.Scheme, StaticTokenCredentialProvider.UnknownToken());
        }

        var obtained = await cache.GetAsync(string.Empty, ct => RequestAsync(context, ct), cancellationToken);
        return obtained.Token is { } token
            ? StaticTokenCredentialProvider.Header(context.Scheme, token)
            : CredentialOutcome.Failed(obtained.Problem ?? "no token");
    }

    private async Task<ObtainedToken> RequestAsync(CredentialContext context, CancellationToken cancellationToken)
    {
        if (context.Spec.FindOperation(spec.OperationId) is not { } operation)
        {
            return ObtainedToken.Failed($"x-conformance-token of '{schemeName}': the contract has no operation '{spec.OperationId}'");
        }

        var contentType = operation.RequestBody?.Content.Keys.FirstOrDefault() ?? "application/json";
        var request = new TransportRequest
        {
            Method = operation.Method,
            Url = context.Tokens.OperationUrl(operation),
            Headers = [new("Accept", "application/json")],
            Body = spec.Body is null ? null : CredentialTemplate.Fill(spec.Body, credentials)?.ToJsonString(),
            ContentType = spec.Body is null ? null : contentType,
        };
        var sent = timeProvider.GetTimestamp();
        var result = await context.Tokens.SendAsync(request, operation, cancellationToken);
        var started = ProviderClock.SentAt(timeProvider, sent);
        if (result.StatusCode is not { } status)
        {
            return ObtainedToken.Failed($"{spec.OperationId} got no answer: {result.ErrorMessage}");
        }

        var body = ExchangeContext.Parse(result.BodyText).Node;
        if (status is < 200 or > 299 || JsonPointer.Resolve(body, spec.Token) is not JsonValue value || JsonValues.ToText(value) is not { Length: > 0 } token)
        {
            return ObtainedToken.Failed($"{spec.OperationId} was answered {status} without a token at {spec.Token}");
        }

        masker.Add(token);
        return new ObtainedToken(token, Expiry(body, started), null);
    }

    private DateTimeOffset Expiry(JsonNode? body, DateTimeOffset started)
    {
        if (spec.ExpiresAt is { } at && JsonPointer.Resolve(body, at) is JsonValue instant && Instant(JsonValues.ToText(instant)) is { } expires)
        {
            return expires;
        }

        if (spec.ExpiresIn is { } inPointer && JsonPointer.Resolve(body, inPointer) is JsonValue seconds
            && double.TryParse(JsonValues.ToText(seconds), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0)
        {
            return started + TimeSpan.FromSeconds(s);
        }

        return started + spec.Lifetime;
    }

    /// <summary>RFC 3339, or a date and time without offset taken as UTC (Thinksurance's <c>expired</c>).</summary>
    private static DateTimeOffset? Instant(string text) =>
        DateTimeOffset.TryParseExact(text, InstantFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var plain) ? plain
        : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var any) ? any
        : null;

    public void Dispose() => cache.Dispose();
}
