using System.Diagnostics;

namespace Conformance.Bench;

/// <summary>
/// The <c>--quick</c> mode: a Stopwatch measurement of the same operations as the BenchmarkDotNet
/// classes, in well under a minute. Means after warm-up; less rigorous than BenchmarkDotNet (no
/// outlier removal, no separate process) but enough to check the budgets. Process CPU time is
/// printed beside wall time: on a shared machine wall time includes waiting for a core.
/// </summary>
public static class QuickRun
{
    public static int Run()
    {
        var files = SpecFiles.All();
        Console.WriteLine($"Contracts: {string.Join(", ", files.Select(f => Path.GetFileName(Path.GetDirectoryName(f))))}");

        var cold = Stopwatch.StartNew();
        SpecLoadingBenchmarks.LoadAndIndex(files);
        Console.WriteLine($"Load + index all contracts, first run (JIT included): {cold.Elapsed.TotalMilliseconds:F0} ms");
        var (load, loadCpu) = Measure(() => SpecLoadingBenchmarks.LoadAndIndex(files), iterations: 20);
        Console.WriteLine($"Load + index all contracts: {load.TotalMilliseconds:F1} ms mean over 20, {loadCpu.TotalMilliseconds:F1} ms CPU (budget 1000 ms)");

        var validation = new ValidationBenchmarks();
        validation.Setup();
        // Each is measured twice and the second pass reported: tiered compilation keeps promoting
        // methods for a few seconds, and whichever ran first would otherwise pay for it.
        _ = Measure(() => validation.ValidateHundredContractsText(), iterations: 2000);
        _ = Measure(() => validation.ValidateHundredContractsNode(), iterations: 2000);
        var (text, textCpu) = Measure(() => validation.ValidateHundredContractsText(), iterations: 2000);
        var (node, nodeCpu) = Measure(() => validation.ValidateHundredContractsNode(), iterations: 2000);
        Console.WriteLine($"Validate 100 contracts ({validation.ResponseBytes / 1024.0:F1} KB) from text: {text.TotalMilliseconds * 1000:F0} µs mean over 2000, {textCpu.TotalMilliseconds * 1000:F0} µs CPU (budget 1000 µs)");
        Console.WriteLine($"Validate 100 contracts from JsonNode: {node.TotalMilliseconds * 1000:F0} µs mean over 2000, {nodeCpu.TotalMilliseconds * 1000:F0} µs CPU");

        _ = Measure(() => validation.ValidateFiftyThousandIds(), iterations: 20);
        var (ids, idsCpu) = Measure(() => validation.ValidateFiftyThousandIds(), iterations: 40);
        Console.WriteLine($"Validate 50,000 ids ({validation.IdListBytes / 1024.0:F0} KB) from text: {ids.TotalMilliseconds:F1} ms mean over 40, {idsCpu.TotalMilliseconds:F1} ms CPU (budget 50 ms)");

        var checks = new ExchangeCheckBenchmarks();
        checks.Setup();
        _ = Measure(() => checks.CheckAll(), iterations: 2000);
        var (check, checkCpu) = Measure(() => checks.CheckAll(), iterations: 2000);
        Console.WriteLine($"All exchange checks on one exchange of 100 contracts ({checks.ResponseBytes / 1024.0:F1} KB): {check.TotalMilliseconds * 1000:F0} µs mean over 2000, {checkCpu.TotalMilliseconds * 1000:F0} µs CPU (budget 1000 µs)");

        var withinBudget = loadCpu.TotalMilliseconds < 1000 && textCpu.TotalMilliseconds < 1 && checkCpu.TotalMilliseconds < 1 && idsCpu.TotalMilliseconds < 50;
        Console.WriteLine(withinBudget ? "Within budget." : "OVER BUDGET.");
        return withinBudget ? 0 : 1;
    }

    /// <returns>Mean wall time and mean process CPU time per call.</returns>
    private static (TimeSpan Wall, TimeSpan Cpu) Measure(Action action, int iterations)
    {
        // Start each measurement from a collected heap, so garbage of the previous one is not paid here.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        // Warm-up long enough for tiered compilation to replace tier-0 code (it recompiles in the background).
        var warmUp = Stopwatch.StartNew();
        for (var i = 0; i < iterations / 4 || warmUp.ElapsedMilliseconds < 1000; i++)
        {
            action();
        }

        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++)
        {
            action();
        }

        var wall = clock.Elapsed / iterations;
        return (wall, (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore) / iterations);
    }
}
