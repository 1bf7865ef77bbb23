using Conformance.Mock.Apis;
using Conformance.Runner.Arazzo;
using Conformance.Runner.Generation;
using Conformance.Specs;
using Conformance.Specs.Loading;

namespace Conformance.Suites.Support;

/// <summary>
/// The test cases, found from the fixtures without running anything: per API that has flows (and,
/// for the embedded provider, a reference-provider module), every workflow id of its flow files and
/// every case the runner generates from its spec. Sorted ordinally.
/// </summary>
public static class SuiteCatalog
{
    public static string Fixtures { get; } = FixturePaths.Require();

    public static IReadOnlyList<string> Apis(SuiteSettings settings)
    {
        var modules = ModuleCatalog.Discover().Select(m => m.ApiId).ToHashSet(StringComparer.Ordinal);
        var withFlows = FixturePaths.ApiIds().Where(a => FlowFiles(a).Count > 0).ToList();
        if (settings.Api is { } api)
        {
            return [.. withFlows.Where(a => a == api)];
        }

        return settings.Embedded ? [.. withFlows.Where(modules.Contains)] : withFlows;
    }

    public static IReadOnlyList<string> FlowFiles(string apiId)
    {
        var folder = Path.Combine(Fixtures, "apis", apiId, "flows");
        return Directory.Exists(folder) ? [.. Directory.GetFiles(folder, "*.arazzo.yaml").Order(StringComparer.Ordinal)] : [];
    }

    public static string SpecFile(string apiId) => Path.Combine(Fixtures, "apis", apiId, "openapi.yaml");

    public static IReadOnlyList<string> WorkflowIds(string apiId)
    {
        var spec = SpecLoader.LoadFile(SpecFile(apiId)).Spec;
        return [.. FlowFiles(apiId)
            .Select(f => ArazzoLoader.LoadFile(f, spec).Document)
            .OfType<ArazzoDocument>()
            .SelectMany(d => d.Workflows)
            .Select(w => w.WorkflowId)];
    }

    public static IReadOnlyList<string> GeneratedCaseIds(string apiId) =>
        SpecLoader.LoadFile(SpecFile(apiId)).Spec is { } spec ? [.. CaseGenerator.Generate(spec).Select(c => c.CaseId)] : [];
}
