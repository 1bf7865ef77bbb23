using System.Globalization;
using System.Text.Json.Nodes;
using Conformance.Runner.Expressions;
using Conformance.Runner.Results;

namespace Conformance.Runner.Checks.Thinksurance;

/// <summary>
/// A token answer's <c>expired</c> (UTC, <c>YYYY-MM-DD hh:mm:ss</c>) lies the declared 15 minutes after
/// the moment the provider answered, as its <c>Date</c> header (RFC 9110 §6.6.1) states it, within a
/// minute for truncation and clock granularity. A token that outlives its declared lifetime, or one
/// already expired when issued, breaks the refresh rule consumers follow.
/// </summary>
public sealed class TokenLifetimeCheck : IExchangeCheck, IApiCheck
{
    public static readonly TimeSpan Declared = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(1);

    public string Id => "thinksurance_token_lifetime";
    public string ApiId => "thinksurance";
    public string Title => "Tokens expire the declared 15 minutes after they are issued";
    public string SpecReference => "Thinksurance contract, createToken (token valid 15 minutes, expired in UTC)";
    public Severity DefaultSeverity => Severity.Error;
    public bool IsMandatory => false;

    public bool AppliesTo(ExchangeContext context) =>
        !context.IsInbound && context.Response is { StatusCode: 200 }
        && context.Operation?.OperationId is "createToken" or "createTokenAlias"
        && context.Json is JsonObject body && body.ContainsKey("token") && body.ContainsKey("expired")
        && ExchangeContext.Header(context.Response.Headers, "Date") is not null;

    public IEnumerable<Finding> Evaluate(ExchangeContext context)
    {
        var body = (JsonObject)context.Json!;
        var dateText = ExchangeContext.Header(context.Response!.Headers, "Date")!;
        if (!JsonValues.TryGetString(body["expired"], out var expiredText)
            || !DateTimeOffset.TryParseExact(expiredText, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var expired))
        {
            yield break; // the schema check reports a malformed expired
        }

        if (!DateTimeOffset.TryParseExact(dateText, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var answered))
        {
            yield break;
        }

        var lifetime = expired - answered;
        if (lifetime < Declared - Tolerance || lifetime > Declared + Tolerance)
        {
            yield return this.Fail(
                $"expired {expiredText} is {lifetime.TotalMinutes.ToString("0.#", CultureInfo.InvariantCulture)} minutes after the answer's Date ({dateText}); the contract declares 15 minutes",
                instancePointer: "/expired");
        }
    }
}
