using Conformance.Runner.Reporting;
using Conformance.Runner.Reporting.Redaction;
using Conformance.Runner.Results;

namespace Conformance.Runner.Tests.Reporting;

internal sealed class SecretMaskingTests
{
    private static IEnumerable<TestCaseData> Reports()
    {
        yield return new TestCaseData((Func<RunResult, string>)JsonReportWriter.Render).SetArgDisplayNames("json");
        yield return new TestCaseData((Func<RunResult, string>)JUnitReportWriter.Render).SetArgDisplayNames("junit");
        yield return new TestCaseData((Func<RunResult, string>)HtmlReportWriter.Render).SetArgDisplayNames("html");
        yield return new TestCaseData((Func<RunResult, string>)MarkdownReportWriter.Render).SetArgDisplayNames("markdown");
    }

    [TestCaseSource(nameof(Reports))]
    public void Render_TokenInHeadersBodiesAndCurl_NeverAppears(Func<RunResult, string> render)
    {
        var run = SampleRuns.WithResponseBody($"{{\"echo\":\"{SampleRuns.FakeToken}\",\"password\":\"{SampleRuns.FakeSecret}\"}}");

        var report = render(run);

        Assert.That(report, Does.Not.Contain(SampleRuns.FakeToken));
        Assert.That(report, Does.Not.Contain(SampleRuns.FakeSecret));
        Assert.That(report, Does.Not.Contain("c2lnbmF0dXJlLWZha2U"));
    }

    [Test]
    public void Redact_AuthorizationHeader_KeepsTheScheme()
    {
        var run = SecretRedactor.Redact(SampleRuns.NotConformant());

        var header = run.Apis[0].Flows[0].Steps[0].Exchanges[0].Request.Headers[0];
        Assert.That(header, Is.EqualTo(new KeyValuePair<string, string>("Authorization", "Bearer ***")));
    }

    [Test]
    public void Redact_CurlLine_MasksTheCredentialButKeepsTheRest()
    {
        var run = SecretRedactor.Redact(SampleRuns.NotConformant());

        var curl = run.Apis[0].Flows[0].Steps[0].Exchanges[0].Curl;
        Assert.That(curl, Does.Contain("-H 'Authorization: Bearer ***' -H 'Accept: application/json'"));
    }

    [TestCase("{\"access_token\":\"abc123xyz\",\"id\":1}", "{\"access_token\":\"***\",\"id\":1}")]
    [TestCase("{\"clientSecret\" : \"s3cr3t\"}", "{\"clientSecret\" : \"***\"}")]
    [TestCase("grant_type=client&password=hunter2&user=x", "grant_type=client&password=***&user=x")]
    [TestCase("see https://bob:pa55@example.org/x", "see https://***@example.org/x")]
    [TestCase("{\"truncated_token\":\"abc", "{\"truncated_token\":\"***\"")]
    [TestCase("{\"status\":120,\"name\":\"Hash Browns\"}", "{\"status\":120,\"name\":\"Hash Browns\"}")]
    public void Redact_SecretLookingBody_IsMasked(string body, string expected)
    {
        var run = SecretRedactor.Redact(SampleRuns.WithResponseBody(body));

        Assert.That(run.Apis[0].Flows[0].Steps[0].Exchanges[0].Response!.Body, Is.EqualTo(expected));
    }

    [Test]
    public void Redact_AlreadyRedactedRun_IsUnchanged()
    {
        var once = JsonReportWriter.Render(SecretRedactor.Redact(SampleRuns.NotConformant()));

        var twice = JsonReportWriter.Render(SecretRedactor.Redact(SecretRedactor.Redact(SampleRuns.NotConformant())));

        Assert.That(twice, Is.EqualTo(once));
    }

    [Test]
    public void Redact_SameRunForEveryReport_IsRedactedOnceAndSharedWhileDistinctRunsAreNot()
    {
        var run = SampleRuns.NotConformant();

        var first = SecretRedactor.Redact(run);
        var second = SecretRedactor.Redact(run);
        var other = SecretRedactor.Redact(SampleRuns.NotConformant());

        Assert.Multiple(() =>
        {
            Assert.That(second, Is.SameAs(first));
            Assert.That(other, Is.Not.SameAs(first));
            Assert.That(JsonReportWriter.Render(other), Is.EqualTo(JsonReportWriter.Render(first)));
        });
    }
}
