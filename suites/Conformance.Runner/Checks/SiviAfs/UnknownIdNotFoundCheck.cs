using System.Text.Json.Nodes;
using Conformance.Runner.Results;
using Conformance.Specs.Model;

namespace Conformance.Runner.Checks.SiviAfs;

/// <summary>
/// SIVI: a path parameter identifies a resource; an invalid or unknown one means the URL names
/// nothing, so the answer is 404 Not Found — never 400. A 400 is wrong when the path id breaks its
/// documented pattern, or when nothing else could be wrong (a GET without query parameters).
/// </summary>
public sealed class UnknownIdNotFoundCheck : IExchangeCheck, IApiCheck
{
    public string Id => "sivi_afs_unknown_id_not_found";
    public string ApiId => "sivi-afs";
    public string Title => "An unknown or malformed path id is 404, never 400";
    public string SpecReference => "SIVI AFS path parameters (invalid or missing: 404 Not Found); contract, parameters PolicyId, ClaimId, PartyId";
    public Severity DefaultSeverity => Severity.Error;
    public bool IsMandatory => false;

    public bool AppliesTo(ExchangeContext context) =>
        !context.IsInbound && context.Response is { StatusCode: 400 } && context.Operation is { } operation
        && operation.Parameters.Any(p => p.In == ParameterLocation.Path);

    public IEnumerable<Finding> Evaluate(ExchangeContext context)
    {
        var operation = context.Operation!;
        var url = new Uri(context.Exchange.Request.Url);
        var values = PathValues(operation.PathTemplate, url.AbsolutePath);
        foreach (var parameter in operation.Parameters.Where(p => p.In == ParameterLocation.Path))
        {
            if (values.GetValueOrDefault(parameter.Name) is { } value && parameter.Schema is { } schema
                && !context.Spec.Validator.Validate(schema, JsonValue.Create(Uri.UnescapeDataString(value))).IsValid)
            {
                yield return this.Fail($"path parameter {parameter.Name} '{value}' breaks its pattern, so the URL names nothing: 404 is due, not 400", operation.Pointer);
                yield break;
            }
        }

        if (operation.Method == "GET" && string.IsNullOrEmpty(url.Query.TrimStart('?')))
        {
            yield return this.Fail("400 to a GET whose only input is its path id: an unknown id is 404, not 400", operation.Pointer);
        }
    }

    /// <summary>
    /// The path parameters, read by matching the template against the last segments of the path, so
    /// a provider mounted under any prefix (a proxy, another base path) is read the same way.
    /// </summary>
    public static IReadOnlyDictionary<string, string> PathValues(string template, string path)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(path);
        var names = template.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (segments.Length < names.Length)
        {
            return values;
        }

        var tail = segments[^names.Length..];
        for (var i = 0; i < names.Length; i++)
        {
            if (names[i].StartsWith('{') && names[i].EndsWith('}'))
            {
                values[names[i][1..^1]] = tail[i];
            }
            else if (names[i] != tail[i])
            {
                return new Dictionary<string, string>(StringComparer.Ordinal);
            }
        }

        return values;
    }
}
