using Conformance.Mock.Apis;

namespace Conformance.Cli.Run;

/// <summary>
/// What exists per API: a contract (<c>fixtures/apis/&lt;api&gt;/openapi.yaml</c>), flow files and a
/// reference-provider module. Only APIs with flows can be run; those with a module too can be run
/// embedded. Lists are sorted ordinally.
/// </summary>
public sealed record ApiCoverage(
    IReadOnlyList<string> Contracts,
    IReadOnlyDictionary<string, IReadOnlyList<string>> FlowFiles,
    IReadOnlySet<string> Modules)
{
    public static ApiCoverage Discover(string fixturesDirectory)
    {
        var apis = Path.Combine(fixturesDirectory, "apis");
        var contracts = Directory.GetDirectories(apis)
            .Where(d => File.Exists(Path.Combine(d, "openapi.yaml")))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToList();
        var flows = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var api in contracts)
        {
            var folder = Path.Combine(apis, api, "flows");
            var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.arazzo.yaml").Order(StringComparer.Ordinal).ToList() : [];
            if (files.Count > 0)
            {
                flows[api] = files;
            }
        }

        var modules = ModuleCatalog.Discover().Select(m => m.ApiId).ToHashSet(StringComparer.Ordinal);
        return new ApiCoverage(contracts, flows, modules);
    }

    public bool HasFlows(string apiId) => FlowFiles.ContainsKey(apiId);

    /// <summary>APIs with flows and a reference-provider module, i.e. what <c>--api all</c> runs embedded.</summary>
    public IReadOnlyList<string> Runnable => [.. Contracts.Where(a => HasFlows(a) && Modules.Contains(a))];

    /// <summary>
    /// APIs whose contract exists but that cannot be run yet: no flows, or (for an embedded run) no
    /// reference-provider module.
    /// </summary>
    public IReadOnlyList<string> NotYetCovered(bool embedded) =>
        [.. Contracts.Where(a => !HasFlows(a) || (embedded && !Modules.Contains(a)))];
}
