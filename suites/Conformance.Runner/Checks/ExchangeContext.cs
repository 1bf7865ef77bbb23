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
    private static readonly JsonDocumentOptions BodyOptions = new() { AllowDuplicateProperties = false };

    private readonly Lazy<(JsonNode? Node, string? Error)> json;
    private readonly Lazy<(JsonElement? Element, string? Error)>? element;
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
        if (parsed is { } done)
        {
            json = new Lazy<(JsonNode?, string?)>(done);
            return;
        }

        // Parsed once as an element; the node view wraps it (nodes are built only where a check reads them).
        var own = new Lazy<(JsonElement? Element, string? Error)>(() => ParseElement(BodyText), LazyThreadSafetyMode.None);
        element = own;
        json = new Lazy<(JsonNode?, string?)>(() => own.Value is ({ } e, _) ? (NodeOf(e), null) : (null, own.Value.Error), LazyThreadSafetyMode.None);
    }

    public ApiSpec Spec { get; }

    /// <summary>The API the exchange belongs to (its folder under <c>fixtures/apis/</c>); empty when unknown.</summary>
    public string ApiId { get; init; } = string.Empty;

    /// <summary>
    /// The exchanges of the same workflow run checked before this one, oldest first (empty for generated
    /// cases): what an API check needs to judge a rule over several answers, such as a cursor traversal
    /// or an accounting rule between objects read in separate requests.
    /// </summary>
    public IReadOnlyList<ExchangeContext> Earlier { get; init; } = [];

    /// <summary>
    /// The run's slow-answer threshold: an answer that took at least this long is noted
    /// (<see cref="ResponseTimeCheck"/>). Null: answer times are not judged.
    /// </summary>
    public TimeSpan? SlowAnswer { get; init; }

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

    /// <summary>
    /// The body as the element <see cref="Json"/> was read from, when this context parsed the body
    /// itself; null when the engine gave a parsed node, or when the body is empty or not JSON.
    /// </summary>
    public JsonElement? JsonElement => element?.Value.Element;

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
            return (JsonNode.Parse(text, documentOptions: BodyOptions), null);
        }
        catch (JsonException e)
        {
            return (null, e.Message);
        }
    }

    /// <summary>As <see cref="Parse"/>, giving the element the node would wrap.</summary>
    private static (JsonElement? Element, string? Error) ParseElement(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return (null, null);
        }

        try
        {
            return (System.Text.Json.JsonElement.Parse(text, BodyOptions), null);
        }
        catch (JsonException e)
        {
            return (null, e.Message);
        }
    }

    /// <summary>The node <see cref="JsonNode.Parse(string, JsonNodeOptions?, JsonDocumentOptions)"/> gives for the same text: a view over the element.</summary>
    private static JsonNode? NodeOf(JsonElement parsed) => parsed.ValueKind switch
    {
        JsonValueKind.Object => JsonObject.Create(parsed),
        JsonValueKind.Array => JsonArray.Create(parsed),
        JsonValueKind.Null => null,
        _ => JsonValue.Create(parsed),
    };
}
