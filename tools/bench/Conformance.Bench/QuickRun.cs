using System.Diagnostics;

namespace Conformance.Bench;

/// <summary>
/// The <c>--quick</c> mode: a Stopwatch measurement of the same operations as the BenchmarkDotNet
/// classes, in well under a minute. Means after warm-up; less rigorous than BenchmarkDotNet (no
/// outlier removal, no separate process) but enough to check the budgets.
/// </summary>
public static class QuickRun
{
    public static int Run()
    {
        var files = SpecFiles.All();
        Console.WriteLine($"Contracts: {string.Join(", ", files.Select(f => Path.GetFileName(Path.GetDirectoryName(f))))}");

        SpecLoadingBenchmarks.LoadAndIndex(files);
        var cold = Stopwatch.StartNew();
        SpecLoadingBenchmarks.LoadAndIndex(files);
        cold.Stop();
        var load = Measure(() => SpecLoadingBenchmarks.LoadAndIndex(files), iterations: 20);
        Console.WriteLine($"Load + index all contracts: {load.TotalMilliseconds:F1} ms mean over 20 (budget 1000 ms)");

        var validation = new ValidationBenchmarks();
        validation.Setup();
        var text = Measure(() => validation.ValidateHundredContractsText(), iterations: 2000);
        var node = Measure(() => validation.ValidateHundredContractsNode(), iterations: 2000);
        Console.WriteLine($"Validate 100 contracts ({validation.ResponseBytes / 1024.0:F1} KB) from text: {text.TotalMilliseconds * 1000:F0} µs mean over 2000 (budget 1000 µs)");
        Console.WriteLine($"Validate 100 contracts from JsonNode: {node.TotalMilliseconds * 1000:F0} µs mean over 2000");

        var withinBudget = load.TotalMilliseconds < 1000 && text.TotalMilliseconds < 1;
        Console.WriteLine(withinBudget ? "Within budget." : "OVER BUDGET.");
        return withinBudget ? 0 : 1;
    }

    private static TimeSpan Measure(Action action, int iterations)
    {
        for (var i = 0; i < Math.Min(iterations, 50); i++)
        {
            action();
        }

        var clock = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++)
        {
            action();
        }

        return clock.Elapsed / iterations;
    }
}
