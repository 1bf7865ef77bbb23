using Conformance.Runner.Checks;
using Conformance.Runner.Engine;
using Conformance.Runner.Profiles;
using Conformance.Runner.Results;

namespace Conformance.Runner.Tests.Engine;

public sealed class ProfilePolicyTests
{
    private static readonly Finding SchemaError = new StatusCodeConformanceCheck().Fail("boom") with { CheckId = "content_type_conformance" };

    [Test]
    public void Validate_LoweringMandatoryOrUnknownCheck_GivesErrors()
    {
        var profile = new ApiProfile
        {
            SeverityOverrides = new Dictionary<string, Severity> { ["auth_required"] = Severity.Warning, ["no_such_check"] = Severity.Info },
            ExpectedFailures = [new ExpectedFailure("content_type_conformance", null, null, null, " ")],
        };

        var errors = ProfilePolicy.Validate("finum", profile, CheckCatalogue.Default);

        Assert.That(errors, Has.Count.EqualTo(3));
        Assert.That(errors, Has.Some.Contains("mandatory").And.Some.Contains("no_such_check").And.Some.Contains("reason"));
    }

    [Test]
    public void Apply_SeverityOverride_ChangesSeverity()
    {
        var policy = new ProfilePolicy(new ApiProfile { SeverityOverrides = new Dictionary<string, Severity> { ["content_type_conformance"] = Severity.Warning } }, CheckCatalogue.Default);

        Assert.That(policy.Apply(SchemaError, "w", "s", "op").Severity, Is.EqualTo(Severity.Warning));
    }

    [Test]
    public void Apply_MandatoryLowered_KeepsSeverity()
    {
        var policy = new ProfilePolicy(new ApiProfile { SeverityOverrides = new Dictionary<string, Severity> { ["status_code_conformance"] = Severity.Info } }, CheckCatalogue.Default);
        var finding = new StatusCodeConformanceCheck().Fail("x");

        Assert.That(policy.Apply(finding, null, null, null).Severity, Is.EqualTo(Severity.Error));
    }

    [TestCase("w", "s", "op", true)]
    [TestCase("w", "other", "op", false)]
    [TestCase("other", "s", "op", false)]
    public void Apply_ExpectedFailure_MatchesScope(string workflowId, string stepId, string operationId, bool expected)
    {
        var policy = new ProfilePolicy(new ApiProfile { ExpectedFailures = [new ExpectedFailure("content_type_conformance", "w", "s", null, "known issue #12")] }, CheckCatalogue.Default);

        var applied = policy.Apply(SchemaError, workflowId, stepId, operationId);

        Assert.That(applied.ExpectedFailureReason is not null, Is.EqualTo(expected));
    }

    [Test]
    public void Apply_StepWithOnlyExpectedErrors_IsExpectedFailureAndConformant()
    {
        var policy = new ProfilePolicy(new ApiProfile { ExpectedFailures = [new ExpectedFailure("content_type_conformance", null, null, null, "known")] }, CheckCatalogue.Default);
        var step = new StepResult { StepId = "s", Outcome = Outcome.Failed, Duration = TimeSpan.Zero, Exchanges = [], Findings = [SchemaError] };

        var applied = policy.Apply(step, "w");

        Assert.That(applied.Outcome, Is.EqualTo(Outcome.ExpectedFailure));
        Assert.That(RunResults.VerdictOf(applied.Findings), Is.EqualTo(Verdict.Conformant));
    }

    [Test]
    public void Combine_MixedApis_FollowsVerdictRules()
    {
        ApiRunResult Api(Verdict verdict) => new() { ApiId = "a", ProviderBaseUrl = "u", SpecTitle = "t", SpecVersion = "1", Verdict = verdict, Flows = [], GeneratedCases = [], Findings = [] };

        Assert.That(RunResults.Combine([Api(Verdict.Unreachable), Api(Verdict.Unreachable)], "1", default, TimeSpan.Zero).Verdict, Is.EqualTo(Verdict.Unreachable));
        Assert.That(RunResults.Combine([Api(Verdict.Unreachable), Api(Verdict.Conformant)], "1", default, TimeSpan.Zero).Verdict, Is.EqualTo(Verdict.NotConformant));
        Assert.That(RunResults.Combine([Api(Verdict.Conformant)], "1", default, TimeSpan.Zero).Verdict, Is.EqualTo(Verdict.Conformant));
    }
}
