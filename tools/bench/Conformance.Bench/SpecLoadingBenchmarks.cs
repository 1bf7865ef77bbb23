using BenchmarkDotNet.Attributes;
using Conformance.Specs;
using Conformance.Specs.Loading;

namespace Conformance.Bench;

/// <summary>Loading and indexing every contract under <c>fixtures/apis</c> (budget: under 1 s for all four).</summary>
[MemoryDiagnoser]
public class SpecLoadingBenchmarks
{
    private IReadOnlyList<string> files = [];

    [GlobalSetup]
    public void FindContracts() => files = SpecFiles.All();

    [Benchmark]
    public int LoadAndIndexAllContracts() => LoadAndIndex(files);

    /// <summary>Loads each file and builds its lookups (operation index and path matcher).</summary>
    public static int LoadAndIndex(IEnumerable<string> files)
    {
        var operations = 0;
        foreach (var file in files)
        {
            var spec = SpecLoader.LoadFile(file).Spec ?? throw new InvalidOperationException($"{file} did not load.");
            _ = spec.MatchRequest("GET", spec.BasePath + "/");
            _ = spec.FindOperation(spec.Operations[0].OperationId);
            operations += spec.Operations.Count;
        }

        return operations;
    }
}

/// <summary>The contract files the benchmarks use.</summary>
public static class SpecFiles
{
    public static IReadOnlyList<string> All() =>
        [.. FixturePaths.ApiIds().Select(FixturePaths.SpecFile).Where(File.Exists)];
}
