using Conformance.Runner.Auth;
using Conformance.Runner.Engine;
using Conformance.Runner.Generation;
using Conformance.Runner.Results;
using Conformance.Runner.Tests.Support;
using Conformance.Runner.Transport;

namespace Conformance.Runner.Tests.Generation;

/// <summary>Generated cases against <see cref="LedgerProvider"/> over real HTTP on loopback, judged by the ledger's own conventions.</summary>
public sealed class ConventionDrivenCaseTests
{
    [Test]
    public async Task RunAsync_PerfectProviderRefusingWithHttp200Error_AllCasesPass()
    {
        var results = await RunAsync(LedgerProvider.Defect.None);

        var failures = results.Where(r => r.Outcome != Outcome.Passed).Select(r => $"{r.CaseId}: {r.Outcome} {string.Join("; ", r.Findings.Select(f => $"[{f.CheckId}] {f.Message}"))}");
        Assert.That(failures, Is.Empty);
        Assert.That(results.Select(r => r.Kind), Is.SupersetOf(new[] { CaseKind.ValidRequest, CaseKind.NegativeData, CaseKind.MissingAuth, CaseKind.WrongAuth }));
    }

    [Test]
    public async Task RunAsync_PerfectProvider_DiscoversIdsAsDeclaredAndSendsRequestDefaults()
    {
        var results = await RunAsync(LedgerProvider.Defect.None);

        var valid = results.Single(r => r.CaseId == "getEntry.valid_request");
        Assert.Multiple(() =>
        {
            Assert.That(valid.Exchanges.Select(e => e.Request.Url), Has.Some.EndsWith("/ledger/v1/entries/E1"));
            Assert.That(valid.Exchanges.SelectMany(e => e.Request.Headers), Has.Some.EqualTo(KeyValuePair.Create("X-Ledger-Version", "2")));
        });
    }

    [Test]
    public async Task RunAsync_ProviderAnswering401_FailsAuthRequired()
    {
        var results = await RunAsync(LedgerProvider.Defect.Unauthorized401);

        var failed = results.Where(r => r.Outcome == Outcome.Failed).ToList();
        Assert.That(failed.Select(r => r.Kind).Distinct(), Is.EquivalentTo(new[] { CaseKind.MissingAuth, CaseKind.WrongAuth }));
        Assert.That(failed.SelectMany(r => r.Findings).Where(f => f.CheckId == "auth_required").Select(f => f.Message), Has.All.Contains("200 with /error in the body"));
    }

    [Test]
    public async Task RunAsync_ProviderIgnoringLimit_FailsPaginationConformance()
    {
        var results = await RunAsync(LedgerProvider.Defect.IgnoresLimit);

        var finding = results.SelectMany(r => r.Findings).FirstOrDefault(f => f.CheckId == "pagination_conformance");
        Assert.That(finding, Is.Not.Null);
        Assert.That(finding!.Message, Does.Contain("7 items").And.Contain("page size 2"));
    }

    private static async Task<IReadOnlyList<GeneratedCaseResult>> RunAsync(LedgerProvider.Defect defect)
    {
        await using var provider = await LedgerProvider.StartAsync(defect);
        using var transport = new RestSharpTransport();
        var context = LedgerProvider.Context(provider, transport);
        var spec = context.Spec;
        return await new GeneratedCaseRunner(context).RunAsync(CaseGenerator.Generate(spec), CancellationToken.None);
    }
}
