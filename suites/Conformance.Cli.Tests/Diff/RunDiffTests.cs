using Conformance.Cli.Diff;
using Conformance.Runner.Results;

namespace Conformance.Cli.Tests.Diff;

[TestFixture]
public sealed class RunDiffTests
{
    [Test]
    public void Compare_SameFailureWithAnotherMessage_IsStillFailingNotNew()
    {
        var old = Run(Api("finum", CaseFailing("listContracts", "response_schema_conformance", "id 17 is missing holderId")));
        var @new = Run(Api("finum", CaseFailing("listContracts", "response_schema_conformance", "id 42 is missing holderId")));

        var diff = RunDiff.Compare(old, @new);

        Assert.Multiple(() =>
        {
            Assert.That(diff.HasNewFailures, Is.False);
            Assert.That(diff.Apis.Single().StillFailing.Single(), Is.EqualTo(new FailingCheck("finum", "response_schema_conformance", "listContracts › listContracts.case")));
        });
    }

    [Test]
    public void Compare_ApiOnlyInTheNewRun_CountsItsFailuresAsNew()
    {
        var diff = RunDiff.Compare(Run(), Run(Api("seyna", CaseFailing("getClaim", "auth_required", "served without credentials"))));

        var seyna = diff.Apis.Single();
        Assert.Multiple(() =>
        {
            Assert.That((seyna.InOld, seyna.InNew), Is.EqualTo((false, true)));
            Assert.That(seyna.NewlyFailing, Has.Count.EqualTo(1));
            Assert.That(RunDiffText.Plain(diff), Does.Contain("seyna: 1 newly failing, 0 fixed, 0 still failing (not in the old run)"));
        });
    }

    [Test]
    public void Compare_ApiMissingFromTheNewRun_FixesNothing()
    {
        var diff = RunDiff.Compare(Run(Api("seyna", CaseFailing("getClaim", "auth_required", "x"))), Run());

        Assert.That(diff.Apis.Single().Fixed, Is.Empty);
    }

    [Test]
    public void Compare_WarningsAndExpectedFailures_AreNotFailures()
    {
        var warning = CaseFailing("listContracts", "pagination_conformance", "x") with { Findings = [Finding("pagination_conformance", "x") with { Severity = Severity.Warning }] };
        var expected = CaseFailing("listContracts", "auth_required", "x") with { CaseId = "other", Findings = [Finding("auth_required", "x") with { ExpectedFailureReason = "known" }] };

        var diff = RunDiff.Compare(Run(Api("finum")), Run(Api("finum", warning, expected)));

        Assert.That(diff.Apis.Single().NewlyFailing, Is.Empty);
    }

    [Test]
    public void Markdown_LocationWithTableSyntax_IsEscaped()
    {
        var diff = RunDiff.Compare(Run(), Run(Api("finum", CaseFailing("a|b", "auth_required", "x"))));

        Assert.That(RunDiffText.Markdown(diff), Does.Contain("| newly failing | `auth_required` | a\\|b › a\\|b.case |"));
    }

    private static RunResult Run(params ApiRunResult[] apis) => new()
    {
        ToolVersion = "test",
        StartedAt = DateTimeOffset.UnixEpoch,
        Duration = TimeSpan.Zero,
        Verdict = Verdict.Conformant,
        Apis = apis,
    };

    private static ApiRunResult Api(string apiId, params GeneratedCaseResult[] cases) => new()
    {
        ApiId = apiId,
        ProviderBaseUrl = "http://127.0.0.1:1",
        SpecTitle = apiId,
        SpecVersion = "1",
        Verdict = Verdict.NotConformant,
        Flows = [],
        GeneratedCases = cases,
        Findings = [],
    };

    private static GeneratedCaseResult CaseFailing(string operationId, string checkId, string message) => new()
    {
        CaseId = $"{operationId}.case",
        OperationId = operationId,
        Kind = "valid_request",
        Outcome = Outcome.Failed,
        Duration = TimeSpan.Zero,
        Exchanges = [],
        Findings = [Finding(checkId, message)],
    };

    private static Finding Finding(string checkId, string message) => new() { CheckId = checkId, Title = checkId, Severity = Severity.Error, Message = message };
}
