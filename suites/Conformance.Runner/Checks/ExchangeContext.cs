using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Runner.Arazzo;
using Conformance.Runner.Results;
using Conformance.Specs.Model;
using Conformance.Specs.Model.Conventions;

namespace Conformance.Runner.Checks;

/// <summary>
/// The one read-only view every exchange check gets. The JSON of the response body (outbound) or
/// of the request body (inbound callback) is parsed once, on first use, and shared by all checks.
/// <see cref="Operation"/> is the operation called (the callback operation for inbound requests).
/// </summary>
public sealed class ExchangeContext
{
    private readonly Lazy<(JsonNode? Node, string? Error)> json;
    private readonly string? fullBody;

    /// <summary>
    /// <paramref name="fullBody"/> is the complete body when the record's copy may be shortened;
    /// <paramref name="parsed"/> a body the engine already parsed (with its parse error), so it is parsed once.
    /// </summary>
    public ExchangeContext(
        ApiSpec spec,
        SpecOperation? operation,
        ExchangeRecord exchange,
        AuthMode auth = AuthMode.Default,
        string? fullBody = null,
        (JsonNode? Node, string? Error)? parsed = null)
    {
        Spec = spec;
        Operation = operation;
        Exchange = exchange;
        Auth = auth;
        this.fullBody = fullBody;
        json = parsed is { } done
            ? new Lazy<(JsonNode?, string?)>(done)
            : new Lazy<(JsonNode?, string?)>(() => Parse(BodyText), LazyThreadSafetyMode.None);
    }

    public ApiSpec Spec { get; }

    /// <summary>The API the exchange belongs to (its folder under <c>fixtures/apis/</c>); empty when unknown.</summary>
    public string ApiId { get; init; } = string.Empty;

    /// <summary>The API's declared conventions (the contract's <c>x-conformance</c>).</summary>
    public ApiConventions Conventions => Spec.Conventions;
    public SpecOperation? Operation { get; }
    public ExchangeRecord Exchange { get; }

    /// <summary>The credential mode the request was sent with.</summary>
    public AuthMode Auth { get; }

    public bool IsInbound => Exchange.Direction == ExchangeDirection.InboundCallback;
    public HttpResponseRecord? Response => Exchange.Response;

    /// <summary>The body checks look at: the response's for outbound exchanges, the request's for callbacks.</summary>
    public string? BodyText => fullBody ?? (IsInbound ? Exchange.Request.Body : Exchange.Response?.Body);

    public bool BodyTruncated => !IsInbound && Exchange.Response?.BodyTruncated == true;

    /// <summary>Media type of the body without parameters, lower-case; null when none was sent.</summary>
    public string? MediaType => MediaTypes.Essence(IsInbound ? Header(Exchange.Request.Headers, "Content-Type") : Response?.ContentType ?? Header(Response?.Headers, "Content-Type"));

    public JsonNode? Json => json.Value.Node;

    /// <summary>Why the body is not JSON (null when it is, or when there is no body).</summary>
    public string? JsonError => json.Value.Error;

    public bool HasBody => !string.IsNullOrEmpty(BodyText);

    public static string? Header(IReadOnlyList<KeyValuePair<string, string>>? headers, string name) =>
        headers?.FirstOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>Parses body text as JSON: (node, null), or (null, why) when it is not JSON, or (null, null) when empty.</summary>
    public static (JsonNode? Node, string? Error) Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return (null, null);
        }

        try
        {
            // A duplicate member name is refused here (RFC 8259 §4 leaves its meaning open), so no check meets one.
            return (JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false }), null);
        }
        catch (JsonException e)
        {
            return (null, e.Message);
        }
    }
}
