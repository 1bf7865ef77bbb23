using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Runner.Checks;
using Conformance.Runner.Engine;

namespace Conformance.Bench;

/// <summary>
/// The <c>--breakdown</c> mode: where the time of one 100-contract exchange goes, each part measured
/// alone in CPU time per call (parsing the body, validating it, each exchange check on its own).
/// </summary>
public static class Breakdown
{
    public static int Run()
    {
        var validation = new ValidationBenchmarks();
        validation.Setup();
        var checks = new ExchangeCheckBenchmarks();
        checks.Setup();
        var text = checks.Body;
        var options = new JsonDocumentOptions { AllowDuplicateProperties = false };
        var parsedNode = JsonNode.Parse(text, documentOptions: options);

        Report("JsonDocument.Parse of the body", () => JsonDocument.Parse(text, options).Dispose());
        Report("JsonNode.Parse of the body", () => JsonNode.Parse(text, documentOptions: options));
        Report("JsonNode.Parse + reading every record's id", () =>
        {
            foreach (var record in JsonNode.Parse(text, documentOptions: options)!.AsArray())
            {
                _ = record!["id"];
            }
        });
        Report("validate from text", () => validation.ValidateHundredContractsText());
        Report("validate from JsonNode", () => validation.ValidateHundredContractsNode());
        Report("validate a parsed JsonNode", () => checks.Validate(parsedNode));
        Report("all exchange checks", () => checks.CheckAll());
        foreach (var check in CheckCatalogue.Default.ExchangeChecks.Where(c => CheckCatalogue.RunsFor(c, "finum")))
        {
            Report($"  {check.Id}", () =>
            {
                var context = checks.Context();
                if (check.AppliesTo(context))
                {
                    _ = check.Evaluate(context).Count();
                }
            });
        }

        return 0;
    }

    private static void Report(string what, Action action)
    {
        for (var pass = 0; pass < 2; pass++)
        {
            var warmUp = Stopwatch.StartNew();
            while (warmUp.ElapsedMilliseconds < 500)
            {
                action();
            }

            const int iterations = 1000;
            var before = Process.GetCurrentProcess().TotalProcessorTime;
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < iterations; i++)
            {
                action();
            }

            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - before) / iterations;
            var bytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / iterations;
            if (pass == 1)
            {
                Console.WriteLine($"{what}: {cpu.TotalMilliseconds * 1000:F0} µs CPU, {bytes / 1024.0:F1} KB allocated");
            }
        }
    }
}
