using System.Text.RegularExpressions;
using Conformance.Specs.Loading;

namespace Conformance.Specs.Model.Building;

/// <summary>
/// Document rules the OpenAPI reader does not enforce: operationIds unique among all operations
/// (paths, webhooks and callbacks; OpenAPI 3.1 §4.8.10.1), and every template expression of a path
/// declared as a path parameter and the other way round (§4.8.12.1). The same operation object
/// reached twice (a shared callback under <c>components/callbacks</c>) counts once.
/// </summary>
internal static partial class OperationChecks
{
    public static void Run(ApiSpec spec, DiagnosticSink diagnostics)
    {
        var seen = new Dictionary<string, SpecOperation>(StringComparer.Ordinal);
        foreach (var operation in spec.EnumerateAllOperations())
        {
            if (seen.TryGetValue(operation.OperationId, out var first))
            {
                // A callback defined once under components and used by several operations is one operation.
                if (first.Pointer == operation.Pointer)
                {
                    continue;
                }

                diagnostics.Error(
                    $"operationId '{operation.OperationId}' is used by {first.Method} {first.PathTemplate} and again by {operation.Method} {operation.PathTemplate}.",
                    operation.Pointer);
            }
            else
            {
                seen[operation.OperationId] = operation;
            }
        }

        foreach (var operation in spec.Operations)
        {
            CheckPathParameters(operation, diagnostics);
        }
    }

    private static void CheckPathParameters(SpecOperation operation, DiagnosticSink diagnostics)
    {
        var inTemplate = TemplateExpression().Matches(operation.PathTemplate).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var declared = operation.Parameters.Where(p => p.In == ParameterLocation.Path).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var missing in inTemplate.Except(declared).Order(StringComparer.Ordinal))
        {
            diagnostics.Error($"Path parameter '{{{missing}}}' of {operation.PathTemplate} is not declared for {operation.Method}.", operation.Pointer);
        }

        foreach (var extra in declared.Except(inTemplate).Order(StringComparer.Ordinal))
        {
            diagnostics.Error($"Path parameter '{extra}' of {operation.Method} {operation.PathTemplate} does not occur in the path template.", operation.Pointer);
        }
    }

    [GeneratedRegex(@"\{([^{}]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex TemplateExpression();
}
