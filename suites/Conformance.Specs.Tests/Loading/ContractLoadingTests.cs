namespace Conformance.Specs.Tests.Loading;

/// <summary>Every contract the project ships loads with zero diagnostics (design §3).</summary>
public sealed class ContractLoadingTests
{
    private static IEnumerable<TestCaseData> Contracts()
    {
        var ids = ContractFixtures.ApiIds();
        if (ids.Count == 0)
        {
            yield return new TestCaseData("none").Ignore("No contract under fixtures/apis yet.");
        }

        foreach (var id in ids)
        {
            yield return new TestCaseData(id).SetName($"LoadFile_Contract_{id}_HasNoDiagnostics");
        }
    }

    [TestCaseSource(nameof(Contracts))]
    public void LoadFile_Contract_HasNoDiagnostics(string apiId)
    {
        var result = ContractFixtures.Load(apiId);

        Assert.That(result.Spec, Is.Not.Null);
        Assert.That(result.Diagnostics, Is.Empty, () => string.Join(Environment.NewLine, result.Diagnostics));
        Assert.That(result.Spec!.Operations, Is.Not.Empty);
    }
}
