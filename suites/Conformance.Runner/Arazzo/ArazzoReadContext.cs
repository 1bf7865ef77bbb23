using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Specs.Loading;

namespace Conformance.Runner.Arazzo;

/// <summary>Collects diagnostics with locations while one file is read.</summary>
internal sealed class ArazzoReadContext(string source, PositionedYamlDocument document)
{
    private readonly List<SpecDiagnostic> diagnostics = [];

    public IReadOnlyList<SpecDiagnostic> Diagnostics => diagnostics;

    public void Error(string pointer, string message) => Add(DiagnosticSeverity.Error, pointer, message);

    public void Warning(string pointer, string message) => Add(DiagnosticSeverity.Warning, pointer, message);

    private void Add(DiagnosticSeverity severity, string pointer, string message)
    {
        // A member that is absent is located at its nearest present parent; one written empty, where it is written.
        var location = document.LocateValue(pointer);
        diagnostics.Add(new SpecDiagnostic(severity, message, source, pointer, location?.Line, location?.Column));
    }

    public string? String(JsonObject obj, string name, string pointer, bool required = false)
    {
        var node = obj[name];
        if (node is null)
        {
            if (required)
            {
                Error(pointer, $"'{name}' is required");
            }

            return null;
        }

        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.String)
        {
            return v.GetValue<string>();
        }

        if (node is JsonValue scalar && IsScalar(scalar))
        {
            return scalar.ToJsonString();
        }

        Error($"{pointer}/{name}", $"'{name}' must be a string");
        return null;
    }

    public JsonObject? Object(JsonNode? node, string pointer, string what)
    {
        if (node is JsonObject obj)
        {
            return obj;
        }

        Error(pointer, $"{what} must be an object");
        return null;
    }

    public IEnumerable<(JsonNode? Item, string Pointer)> Array(JsonObject obj, string name, string pointer)
    {
        var node = obj[name];
        if (node is null)
        {
            yield break;
        }

        if (node is not JsonArray array)
        {
            Error($"{pointer}/{name}", $"'{name}' must be a list");
            yield break;
        }

        for (var i = 0; i < array.Count; i++)
        {
            yield return (array[i], $"{pointer}/{name}/{i}");
        }
    }

    private static bool IsScalar(JsonValue value) => value.GetValueKind() is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False;
}
