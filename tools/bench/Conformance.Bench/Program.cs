using BenchmarkDotNet.Running;
using Conformance.Bench;

// --quick: Stopwatch mode (under a minute). Anything else goes to BenchmarkDotNet, e.g. `--filter '*' --job short`.
if (args.Contains("--quick"))
{
    return QuickRun.Run();
}

if (args.Contains("--breakdown"))
{
    return Breakdown.Run();
}

BenchmarkSwitcher.FromTypes([typeof(SpecLoadingBenchmarks), typeof(ValidationBenchmarks), typeof(ExchangeCheckBenchmarks)]).Run(args);
return 0;
