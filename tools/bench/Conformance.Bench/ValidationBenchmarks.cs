using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Conformance.Specs;
using Conformance.Specs.Loading;
using Conformance.Specs.Model;

namespace Conformance.Bench;

/// <summary>
/// Validating one FiNUM response of 100 contracts (about 40 KB; budget: under 1 ms after warm-up), and
/// one <c>listUpdatedContractIds</c> response of 50,000 ids (about 500 KB; budget: under 50 ms).
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private ApiSpec spec = null!;
    private SpecSchema schema = null!;
    private string text = string.Empty;
    private JsonNode node = null!;
    private SpecSchema idListSchema = null!;
    private string idList = string.Empty;

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

        idListSchema = spec.FindOperation("listUpdatedContractIds")!.Responses["200"].Content["application/json"].Schema!;
        idList = new JsonArray([.. Enumerable.Range(0, 50_000).Select(i => (JsonNode)("C" + (100000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)))]).ToJsonString();
        if (!spec.Validator.Validate(idListSchema, idList).IsValid)
        {
            throw new InvalidOperationException("The id list does not validate; the benchmark would measure the error path.");
        }
    }

    [Benchmark(Baseline = true)]
    public bool ValidateHundredContractsText() => spec.Validator.Validate(schema, text).IsValid;

    [Benchmark]
    public bool ValidateHundredContractsNode() => spec.Validator.Validate(schema, node).IsValid;

    [Benchmark]
    public bool ValidateFiftyThousandIds() => spec.Validator.Validate(idListSchema, idList).IsValid;

    public int ResponseBytes => text.Length;

    public int IdListBytes => idList.Length;
}
