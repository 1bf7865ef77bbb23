using System.Text.Json;
using Conformance.Specs.Model;

namespace Conformance.Cli.Run;

/// <summary>
/// For <c>--timings</c>: compiles two response schemas of the first contract before the run, so the
/// cost of the first schema ever compiled (the validator's own start-up with it) and of a further one
/// show apart. The run then finds both in the validator's cache: the work moves, none is added.
/// </summary>
public static class SchemaCompilation
{
    public static void Measure(PhaseTimings timings, IEnumerable<ApiSpec?> specs)
    {
        ArgumentNullException.ThrowIfNull(timings);
        var spec = specs.FirstOrDefault(s => s is not null);
        if (spec is null)
        {
            return;
        }

        var schemas = spec.Operations
            .SelectMany(o => o.Responses.Values)
            .SelectMany(r => r.Content.Values)
            .Select(m => m.Schema)
            .OfType<SpecSchema>()
            .DistinctBy(s => s.Pointer, StringComparer.Ordinal)
            .Take(2)
            .ToList();
        using var empty = JsonDocument.Parse("{}");
        var names = new[] { "first schema compiled", "second schema compiled" };
        for (var i = 0; i < schemas.Count; i++)
        {
            timings.Measure(names[i], () => spec.Validator.IsValid(schemas[i], empty.RootElement));
        }
    }
}
