using System.Text.Json.Nodes;
using Conformance.Specs.Json;
using Microsoft.OpenApi;
using JsonPointer = Conformance.Specs.Json.JsonPointer;
using Microsoft.OpenApi.Reader;

namespace Conformance.Specs.Loading;

/// <summary>
/// Reads the document with Microsoft.OpenApi (its JSON reader, fed our node tree, with its default
/// validation rules) and turns its errors and warnings into our diagnostics, located in the source.
/// Its reports about unresolved <c>$ref</c>s are left out: <see cref="ReferenceChecks"/> reports
/// those for every kind of object, not only schemas.
/// </summary>
internal static class OpenApiModelReader
{
    private static readonly Uri Location = new("file:///openapi.json");

    public static void Read(JsonObject root, DiagnosticSink diagnostics)
    {
        ReadResult result;
        try
        {
            // The reader may keep or re-parent nodes, so it gets its own copy.
            result = new OpenApiJsonReader().Read(root.DeepClone(), Location, new OpenApiReaderSettings());
        }
#pragma warning disable CA1031 // A reader failure on a bad document is a diagnostic, never an exception to our caller.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            diagnostics.Error($"The OpenAPI reader failed on this document: {ex.Message}");
            return;
        }

        var seen = new HashSet<(string, string)>();
        Report(result.Diagnostic?.Errors, DiagnosticSeverity.Error, diagnostics, seen);
        Report(result.Diagnostic?.Warnings, DiagnosticSeverity.Warning, diagnostics, seen);
    }

    private static void Report(IEnumerable<OpenApiError>? errors, DiagnosticSeverity severity, DiagnosticSink diagnostics, HashSet<(string, string)> seen)
    {
        foreach (var error in errors ?? [])
        {
            var pointer = JsonPointer.Normalize(error.Pointer ?? string.Empty);
            if (pointer.EndsWith("/$ref", StringComparison.Ordinal) || !seen.Add((pointer, error.Message)))
            {
                continue;
            }

            diagnostics.Add(severity, error.Message, pointer);
        }
    }
}
