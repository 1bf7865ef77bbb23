using System.Text.Json.Nodes;
using Conformance.Specs.Json;
using Conformance.Specs.Model.Building;

namespace Conformance.Specs.Loading;

/// <summary>
/// Turns a parsed JSON tree into a load result: refuses what is not OpenAPI 3.x, then gathers the
/// OpenAPI reader's diagnostics, reference checks and the view builder's own checks.
/// </summary>
internal static class OpenApiDocumentReader
{
    public static SpecLoadResult Read(ParsedSource parsed, string source)
    {
        var diagnostics = new DiagnosticSink(source, parsed.Root, parsed.Positions);
        if (parsed.Root is not JsonObject root)
        {
            diagnostics.Error($"Not an OpenAPI document: the top level is {Describe(parsed.Root)}, not a mapping with an 'openapi' field.");
            return new SpecLoadResult(null, diagnostics.Items);
        }

        if (root.ContainsKey("swagger"))
        {
            diagnostics.Error("Swagger/OpenAPI 2.0 documents are not supported; convert the document to OpenAPI 3.0 or 3.1.", "/swagger");
            return new SpecLoadResult(null, diagnostics.Items);
        }

        if (!root.TryGetPropertyValue("openapi", out var versionNode))
        {
            diagnostics.Error("Not an OpenAPI document: the 'openapi' field is missing.");
            return new SpecLoadResult(null, diagnostics.Items);
        }

        if (versionNode.AsString() is not { } version)
        {
            diagnostics.Error("The 'openapi' field must be a string such as \"3.1.0\" (in YAML, quote a version like 3.1).", "/openapi");
            return new SpecLoadResult(null, diagnostics.Items);
        }

        if (!version.StartsWith("3.", StringComparison.Ordinal))
        {
            diagnostics.Error($"OpenAPI version '{version}' is not supported; use OpenAPI 3.0 or 3.1.", "/openapi");
            return new SpecLoadResult(null, diagnostics.Items);
        }

        OpenApiModelReader.Read(root, diagnostics);
        ReferenceChecks.Run(root, diagnostics);
        try
        {
            return new SpecLoadResult(ApiSpecBuilder.Build(root, diagnostics), diagnostics.Items);
        }
#pragma warning disable CA1031 // The view builder tolerates odd shapes; should one still slip through, the caller gets a diagnostic.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            diagnostics.Error($"The document could not be indexed: {ex.Message}");
            return new SpecLoadResult(null, diagnostics.Items);
        }
    }

    private static string Describe(JsonNode? node) => node switch
    {
        JsonArray => "a list",
        JsonValue value => $"a single {value.GetValueKind().ToString().ToLowerInvariant()} value",
        null => "null",
        _ => "not an object",
    };
}
