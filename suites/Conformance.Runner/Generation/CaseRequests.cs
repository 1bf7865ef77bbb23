using System.Text.Json.Nodes;
using Conformance.Runner.Engine;
using Conformance.Runner.Transport;
using Conformance.Specs.Model;

namespace Conformance.Runner.Generation;

/// <summary>Builds the HTTP request of a generated case, serialising parameters as the operation declares.</summary>
internal static class CaseRequests
{
    public static TransportRequest Build(EngineContext context, GeneratedCase generated, SpecOperation template, IReadOnlyDictionary<string, JsonNode?> values)
    {
        var path = template.PathTemplate;
        var query = new List<string>();
        foreach (var (name, value) in values)
        {
            var parameter = template.Parameters.FirstOrDefault(p => p.Name == name);
            if (parameter?.In == ParameterLocation.Path)
            {
                path = path.Replace($"{{{name}}}", ParameterSerializer.Path(name, parameter.Style, parameter.Explode, value), StringComparison.Ordinal);
            }
            else
            {
                query.AddRange(ParameterSerializer.Query(name, parameter?.Style ?? "form", parameter?.Explode ?? true, ParameterSerializer.Shape(value, parameter?.Schema?.Node)));
            }
        }

        var headers = new List<KeyValuePair<string, string>>();
        var accept = template.Responses.Values.SelectMany(r => r.Content.Keys).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (accept.Count > 0)
        {
            headers.Add(new("Accept", string.Join(", ", accept)));
        }

        return new TransportRequest
        {
            Method = generated.Method,
            Url = context.BaseUrl.TrimEnd('/') + path + (query.Count > 0 ? "?" + string.Join("&", query) : string.Empty),
            Headers = headers,
            Body = generated.RawBody ?? (generated.HasBody ? generated.Body?.ToJsonString() ?? "null" : null),
            ContentType = generated.HasBody || generated.RawBody is not null ? generated.ContentType ?? "application/json" : null,
            Timeout = context.RequestTimeout,
            Credentials = new RequestCredentials(template, generated.Auth),
        };
    }
}
