using System.Text.Json.Nodes;
using Conformance.Runner.Arazzo;
using Conformance.Runner.Checks;
using Conformance.Runner.Expressions;
using Conformance.Runner.Transport;
using Conformance.Specs.Model;

namespace Conformance.Runner.Engine;

/// <summary>
/// Builds every request the runner sends, for flow steps and generated cases alike: parameters
/// serialised as the operation declares them, then the API's request defaults
/// (<c>x-conformance.requestDefaults</c>) and an <c>Accept</c> of the documented media types
/// unless the request sets them, then the credentials for the auth mode, then the body.
/// Expressions without a value are reported in <c>problems</c> and sent empty.
/// </summary>
public static class RequestBuilder
{
    /// <summary>The request of a flow step: its parameters and body evaluated in <paramref name="scope"/>.</summary>
    public static (TransportRequest Request, MessageView View) Build(
        EngineContext context, SpecOperation operation, ArazzoStep step, ExpressionScope scope, ICollection<string> problems)
    {
        var parameters = new List<RequestParameter>();
        foreach (var parameter in step.Parameters)
        {
            var own = new List<string>();
            var value = ExpressionTemplate.EvaluateValue(parameter.Value, scope, own);
            if (own.Count > 0 && parameter.OmitIfUndefined)
            {
                continue;
            }

            own.ForEach(problems.Add);
            parameters.Add(new RequestParameter(parameter.Name, parameter.In, value));
        }

        var (body, contentType, json) = Body(operation, step.RequestBody, scope, problems);
        var input = new RequestInput { Operation = operation, Parameters = parameters, Auth = step.Auth, Body = body, BodyJson = json, ContentType = contentType };
        return Build(context, input, problems);
    }

    public static (TransportRequest Request, MessageView View) Build(EngineContext context, RequestInput input, ICollection<string> problems)
    {
        var operation = input.Operation;
        var path = operation.PathTemplate;
        var query = new List<string>();
        var queryView = new Dictionary<string, string>();
        var pathView = new Dictionary<string, string>();
        var headers = new List<KeyValuePair<string, string>>();
        var cookies = new List<string>();
        foreach (var parameter in input.Parameters)
        {
            var declared = operation.Parameters.FirstOrDefault(p => p.Name == parameter.Name && (parameter.In is null || Location(p.In) == parameter.In));
            var location = parameter.In ?? (declared is null ? "query" : Location(declared.In));
            var value = ParameterSerializer.Shape(parameter.Value, declared?.Schema?.Node);
            var style = declared?.Style ?? (location is "query" or "cookie" ? "form" : "simple");
            var explode = declared?.Explode ?? style == "form";
            switch (location)
            {
                case "path":
                    path = path.Replace($"{{{parameter.Name}}}", ParameterSerializer.Path(parameter.Name, style, explode, value), StringComparison.Ordinal);
                    pathView[parameter.Name] = JsonValues.ToText(value);
                    break;
                case "header":
                    headers.Add(new(parameter.Name, ParameterSerializer.Header(explode, value)));
                    break;
                case "cookie":
                    cookies.Add($"{parameter.Name}={Uri.EscapeDataString(JsonValues.ToText(value))}");
                    break;
                default:
                    query.AddRange(ParameterSerializer.Query(parameter.Name, style, explode, value));
                    queryView[parameter.Name] = value is JsonArray a ? string.Join(",", a.Select(JsonValues.ToText)) : JsonValues.ToText(value);
                    break;
            }
        }

        if (path.Contains('{', StringComparison.Ordinal))
        {
            problems.Add($"path parameters without a value in {path}");
        }

        if (cookies.Count > 0)
        {
            headers.Add(new("Cookie", string.Join("; ", cookies)));
        }

        // Checked as each is added, so a profile header replaces the contract's default of the same name.
        foreach (var (name, value) in context.RequestHeaders.Concat(context.Spec.Conventions.RequestHeaders).Where(d => !Has(headers, d.Key)))
        {
            headers.Add(new(name, value));
        }

        var accept = operation.Responses.Values.SelectMany(r => r.Content.Keys).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (accept.Count > 0 && !Has(headers, "Accept"))
        {
            headers.Add(new("Accept", string.Join(", ", accept)));
        }

        var request = new TransportRequest
        {
            Method = input.Method ?? operation.Method,
            Url = OperationBaseUrl(context.BaseUrl, operation) + path + (query.Count > 0 ? "?" + string.Join("&", query) : string.Empty),
            Headers = headers,
            Body = input.Body,
            ContentType = input.Body is null ? null : input.ContentType ?? "application/json",
            Timeout = context.RequestTimeout,
            Credentials = new RequestCredentials(operation, input.Auth),
        };
        var view = new MessageView
        {
            Headers = headers.GroupBy(h => h.Key, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.OrdinalIgnoreCase),
            Query = queryView,
            Path = pathView,
            Body = input.BodyJson,
            BodyText = input.Body,
        };
        return (request, view);
    }

    /// <summary>
    /// Where an operation is sent: the API base URL, or the operation's own server (OpenAPI
    /// <c>servers</c> on the operation or path item), a relative one resolved against the base URL
    /// (RFC 3986 §5), e.g. <c>/__admin/ledger</c> against <c>http://host/ledger/v1</c> gives
    /// <c>http://host/__admin/ledger</c>. No trailing slash.
    /// </summary>
    public static string OperationBaseUrl(string apiBaseUrl, SpecOperation operation)
    {
        ArgumentNullException.ThrowIfNull(apiBaseUrl);
        ArgumentNullException.ThrowIfNull(operation);
        if (operation.ServerUrl is not { } server)
        {
            return apiBaseUrl.TrimEnd('/');
        }

        return Uri.TryCreate(new Uri(apiBaseUrl.TrimEnd('/') + "/"), server, out var resolved)
            ? resolved.AbsoluteUri.TrimEnd('/')
            : apiBaseUrl.TrimEnd('/');
    }

    private static bool Has(List<KeyValuePair<string, string>> headers, string name) =>
        headers.Any(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase));

    private static (string? Text, string? ContentType, JsonNode? Json) Body(SpecOperation operation, ArazzoRequestBody? body, ExpressionScope scope, ICollection<string> problems)
    {
        if (body is null)
        {
            return (null, null, null);
        }

        var payload = ExpressionTemplate.EvaluateValue(body.Payload, scope, problems);
        foreach (var replacement in body.Replacements)
        {
            if (!JsonPointer.TrySet(ref payload, replacement.Target, ExpressionTemplate.EvaluateValue(replacement.Value, scope, problems)))
            {
                problems.Add($"replacement target {replacement.Target} does not exist in the payload");
            }
        }

        var contentType = body.ContentType ?? operation.RequestBody?.Content.Keys.FirstOrDefault() ?? "application/json";
        if (!MediaTypes.IsJson(MediaTypes.Essence(contentType)) && JsonValues.TryGetString(payload, out var raw))
        {
            return (raw, contentType, null);
        }

        return (payload?.ToJsonString() ?? "null", contentType, payload);
    }

    private static string Location(ParameterLocation location) => location switch
    {
        ParameterLocation.Path => "path",
        ParameterLocation.Header => "header",
        ParameterLocation.Cookie => "cookie",
        _ => "query",
    };
}
