using Conformance.Specs.Model;

namespace Conformance.Specs.Tests.Validation;

/// <summary>
/// Every example written in a contract (media type, parameter, header and schema examples) validates
/// against its own schema: one case per (API, example pointer), so a failure names the example.
/// </summary>
public sealed class ContractExampleTests
{
    private static IEnumerable<TestCaseData> Examples()
    {
        var any = false;
        foreach (var id in ContractFixtures.ApiIds())
        {
            if (ContractFixtures.Load(id).Spec is not { } spec)
            {
                continue;
            }

            foreach (var example in ExampleCatalog.Collect(spec))
            {
                any = true;
                yield return new TestCaseData(id, example.Example.Pointer, example.Schema.Pointer)
                    .SetName($"Example_{id}_{example.Example.Pointer}_MatchesSchema_{example.Schema.Pointer}");
            }
        }

        if (!any)
        {
            yield return new TestCaseData("none", string.Empty, string.Empty).Ignore("No contract with examples under fixtures/apis yet.");
        }
    }

    [TestCaseSource(nameof(Examples))]
    public void Example_InContract_MatchesItsSchema(string apiId, string examplePointer, string schemaPointer)
    {
        var spec = ContractFixtures.Load(apiId).Spec!;
        var pair = ExampleCatalog.Collect(spec).Single(e => e.Example.Pointer == examplePointer && e.Schema.Pointer == schemaPointer);

        var result = spec.Validator.Validate(pair.Schema, pair.Example.Value);

        Assert.That(result.Findings, Is.Empty, () => string.Join(Environment.NewLine, result.Findings));
    }
}
