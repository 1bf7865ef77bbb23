using System.Text.Json.Nodes;
using Conformance.Specs.Json;

namespace Conformance.Specs.Loading;

/// <summary>
/// Reports every <c>$ref</c> that does not resolve inside the document, and every external one
/// (documents must be self-contained). Example values, defaults, enums, constants and extensions are
/// data, not document structure, so references inside them are not checked.
/// </summary>
internal static class ReferenceChecks
{
    private static readonly HashSet<string> DataKeys = ["example", "default", "enum", "const"];

    public static void Run(JsonObject root, DiagnosticSink diagnostics) => Walk(root, root, string.Empty, diagnostics, 0);

    private static void Walk(JsonObject root, JsonNode? node, string pointer, DiagnosticSink diagnostics, int depth)
    {
        if (depth > ParseLimits.MaxDepth)
        {
            return;
        }

        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    var childPointer = JsonPointer.Append(pointer, key);
                    if (key == "$ref" && child.AsString() is { } reference)
                    {
                        Check(root, reference, childPointer, diagnostics);
                    }
                    else if (key == "examples" && child is JsonObject examples)
                    {
                        foreach (var (name, example) in examples)
                        {
                            if (example is JsonObject exampleObject)
                            {
                                WalkExample(root, exampleObject, JsonPointer.Append(childPointer, name), diagnostics);
                            }
                        }
                    }
                    else if (!DataKeys.Contains(key) && key != "examples" && !key.StartsWith("x-", StringComparison.Ordinal))
                    {
                        Walk(root, child, childPointer, diagnostics, depth + 1);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(root, array[i], JsonPointer.Append(pointer, i), diagnostics, depth + 1);
                }

                break;
        }
    }

    /// <summary>An Example Object: its <c>$ref</c> is structure, its <c>value</c> is data.</summary>
    private static void WalkExample(JsonObject root, JsonObject example, string pointer, DiagnosticSink diagnostics)
    {
        if (example.String("$ref") is { } reference)
        {
            Check(root, reference, JsonPointer.Append(pointer, "$ref"), diagnostics);
        }
    }

    private static void Check(JsonObject root, string reference, string pointer, DiagnosticSink diagnostics)
    {
        if (!reference.StartsWith('#'))
        {
            diagnostics.Error($"External reference '{reference}' is not supported; every $ref must point inside this document.", pointer);
        }
        else if (!JsonPointer.TryResolve(root, reference, out _))
        {
            diagnostics.Error($"Reference '{reference}' points to nothing in this document.", pointer);
        }
    }
}
