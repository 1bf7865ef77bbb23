using Conformance.Runner.Results;
using Conformance.Suites.Support;

namespace Conformance.Suites;

/// <summary>
/// Every case the runner generates from an API's spec (valid requests, schema-violating requests,
/// missing and wrong credentials, undocumented methods) is one test, <c>api.caseId</c>.
/// </summary>
[TestFixture]
public sealed class GeneratedCaseTests
{
    public static IEnumerable<TestCaseData> Cases() =>
        SuiteCatalog.Apis(SuiteSettings.Current).SelectMany(api => SuiteCatalog.GeneratedCaseIds(api)
            .Select(id => new TestCaseData(api, id).SetName($"{api}.{id}")));

    [OneTimeSetUp]
    public async Task RunSuitesAsync()
    {
        foreach (var api in SuiteCatalog.Apis(SuiteSettings.Current))
        {
            await SuiteRuns.GetAsync(api);
        }
    }

    [TestCaseSource(nameof(Cases))]
    public async Task GeneratedCase(string api, string caseId)
    {
        var result = await SuiteRuns.GetAsync(api);
        var generated = result.GeneratedCases.SingleOrDefault(c => c.CaseId == caseId);

        Assert.That(generated, Is.Not.Null, $"{api}: generated case '{caseId}' was not run");
        if (generated!.Outcome == Outcome.Omitted && result.Verdict != Verdict.Unreachable)
        {
            Assert.Ignore($"omitted: {string.Join("; ", generated.Findings.Select(f => f.Message))}");
        }

        Assert.That(generated.Outcome, Is.AnyOf(Outcome.Passed, Outcome.ExpectedFailure), () => FailureMessage.For(
            $"{api}.{caseId} {generated.Outcome}: {generated.Description}", FailureMessage.Blocking(generated)));
    }
}
