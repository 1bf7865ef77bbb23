using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Conformance.Specs;
using Conformance.Specs.Loading;
using Conformance.Specs.Model;

namespace Conformance.Bench;

/// <summary>Validating one FiNUM response of 100 contracts (about 40 KB; budget: under 1 ms after warm-up).</summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private ApiSpec spec = null!;
    private SpecSchema schema = null!;
    private string text = string.Empty;
    private JsonNode node = null!;

    [GlobalSetup]
    public void Setup()
    {
        spec = SpecLoader.LoadFile(FixturePaths.SpecFile("finum")).Spec!;
        schema = ContractResponses.Schema(spec);
        node = ContractResponses.Build(spec, 100);
        text = node.ToJsonString();
        if (!spec.Validator.Validate(schema, text).IsValid)
        {
            throw new InvalidOperationException("The benchmark response does not validate; the benchmark would measure the error path.");
        }
    }

    [Benchmark(Baseline = true)]
    public bool ValidateHundredContractsText() => spec.Validator.Validate(schema, text).IsValid;

    [Benchmark]
    public bool ValidateHundredContractsNode() => spec.Validator.Validate(schema, node).IsValid;

    public int ResponseBytes => text.Length;
}
