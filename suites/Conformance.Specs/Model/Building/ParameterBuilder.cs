using System.Text.Json.Nodes;
using Conformance.Specs.Json;

namespace Conformance.Specs.Model.Building;

/// <summary>Builds parameters with their effective serialisation (OpenAPI 3.1 §4.8.12.4).</summary>
internal static class ParameterBuilder
{
    /// <summary>
    /// Path item parameters merged with the operation's; an operation parameter with the same name
    /// and location replaces the path item's. Order: path item's first (in document order), then the
    /// operation's new ones.
    /// </summary>
    public static IReadOnlyList<SpecParameter> Merge(BuildContext context, JsonObject? pathItem, string pathItemPointer, JsonObject operation, string operationPointer)
    {
        var merged = new List<SpecParameter>();
        var inherited = pathItem is null ? [] : Read(context, pathItem, pathItemPointer);
        var own = Read(context, operation, operationPointer);
        foreach (var parameter in inherited)
        {
            merged.Add(own.FirstOrDefault(p => Same(p, parameter)) ?? parameter);
        }

        merged.AddRange(own.Where(p => !inherited.Any(i => Same(i, p))));
        return merged;
    }

    private static bool Same(SpecParameter a, SpecParameter b) =>
        a.In == b.In && string.Equals(a.Name, b.Name, a.In == ParameterLocation.Header ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    private static List<SpecParameter> Read(BuildContext context, JsonObject owner, string ownerPointer)
    {
        var result = new List<SpecParameter>();
        if (owner.Array("parameters") is not { } parameters)
        {
            return result;
        }

        for (var i = 0; i < parameters.Count; i++)
        {
            var (parameter, pointer) = context.Resolver.Resolve(parameters[i], JsonPointer.Append(JsonPointer.Append(ownerPointer, "parameters"), i));
            if (parameter?.String("name") is { } name && Location(parameter.String("in")) is { } location)
            {
                var style = parameter.String("style") ?? DefaultStyle(location);
                result.Add(new SpecParameter(
                    name,
                    location,
                    location == ParameterLocation.Path || (parameter.Bool("required") ?? false),
                    style,
                    parameter.Bool("explode") ?? style == "form",
                    ContentBuilder.SchemaOrContentSchema(context, parameter, pointer),
                    parameter.String("description")));
            }
        }

        return result;
    }

    /// <summary>Defaults: <c>form</c> for query and cookie, <c>simple</c> for path and header.</summary>
    private static string DefaultStyle(ParameterLocation location) =>
        location is ParameterLocation.Query or ParameterLocation.Cookie ? "form" : "simple";

    private static ParameterLocation? Location(string? value) => value switch
    {
        "path" => ParameterLocation.Path,
        "query" => ParameterLocation.Query,
        "header" => ParameterLocation.Header,
        "cookie" => ParameterLocation.Cookie,
        _ => null,
    };
}
