using Conformance.Runner.Reporting;

namespace Conformance.Runner.Tests.Reporting;

internal sealed class HtmlReportWriterTests
{
    [Test]
    public void Render_HostileBody_IsEscaped()
    {
        var html = HtmlReportWriter.Render(SampleRuns.WithResponseBody("<script>alert('pwned')</script><img src=x onerror=alert(1)>"));

        Assert.That(html, Does.Not.Contain("<script>alert"));
        Assert.That(html, Does.Not.Contain("<img src=x"));
        Assert.That(html, Does.Contain("&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;"));
    }

    [Test]
    public void Render_Always_HasExactlyOneScriptElementOfItsOwn()
    {
        var html = HtmlReportWriter.Render(SampleRuns.NotConformant());

        Assert.That(html.Split("<script").Length - 1, Is.EqualTo(1));
    }

    [Test]
    public void Render_Always_AllowsTheScriptByTheHashOfItsExactElementText()
    {
        var html = HtmlReportWriter.Render(SampleRuns.NotConformant());

        var start = html.IndexOf("<script>", StringComparison.Ordinal) + "<script>".Length;
        var text = html[start..html.IndexOf("</script>", start, StringComparison.Ordinal)];
        var hash = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
        Assert.That(html, Does.Contain($"script-src 'sha256-{hash}'"));
    }

    [Test]
    public void Render_NotConformantRun_ShowsTheVerdictBeforeAnythingElse()
    {
        var html = HtmlReportWriter.Render(SampleRuns.NotConformant());

        var verdict = html.IndexOf("class=\"verdict not-conformant\"", StringComparison.Ordinal);
        Assert.That(verdict, Is.GreaterThan(0));
        Assert.That(verdict, Is.LessThan(html.IndexOf("id=\"what-to-fix\"", StringComparison.Ordinal)));
        Assert.That(verdict, Is.LessThan(html.IndexOf("<section class=\"api\"", StringComparison.Ordinal)));
        Assert.That(html, Does.Contain("<title>Not conformant · Conformance report</title>"));
    }

    [Test]
    public void Render_ConformantRun_ShowsConformantVerdictWithoutFixList()
    {
        var html = HtmlReportWriter.Render(SampleRuns.Conformant());

        Assert.That(html, Does.Contain("class=\"verdict conformant\""));
        Assert.That(html, Does.Not.Contain("id=\"what-to-fix\""));
    }

    [Test]
    public void Render_UnreachableRun_SaysSoWithTheReason()
    {
        var run = SampleRuns.NotConformant();
        var html = HtmlReportWriter.Render(run with { Verdict = Results.Verdict.Unreachable, Apis = [run.Apis[1]] });

        Assert.That(html, Does.Contain("class=\"verdict unreachable\""));
        Assert.That(html, Does.Contain("The provider could not be reached: Connection refused (127.0.0.1:9)."));
    }

    [Test]
    public void Render_Always_LoadsNothingFromOutside()
    {
        var html = HtmlReportWriter.Render(SampleRuns.NotConformant());

        Assert.That(html, Does.Not.Contain("<link"));
        Assert.That(html, Does.Not.Contain(" src="));
        Assert.That(html, Does.Not.Contain("@import"));
        Assert.That(html, Does.Contain("default-src 'none'"));
    }

    [Test]
    public void Render_FailedStep_ShowsCheckSpecClauseCurlAndTruncationNote()
    {
        var html = HtmlReportWriter.Render(SampleRuns.NotConformant());

        Assert.That(html, Does.Contain("<span class=\"check\">status_code_conformance</span>"));
        Assert.That(html, Does.Contain("openapi.yaml#/paths/~1contracts/get/responses"));
        Assert.That(html, Does.Contain("<div class=\"curl\"><code>curl -X GET"));
        Assert.That(html, Does.Contain("body truncated: showing the first 90 characters of 5,242,880 bytes"));
    }

    [Test]
    public void Render_FailedFlow_IsOpenAndPassedFlowIsClosed()
    {
        var html = HtmlReportWriter.Render(SampleRuns.NotConformant());

        Assert.That(html, Does.Contain("<details class=\"flow failed\" id=\"flow--finum--proposal_callback\" open>"));
        Assert.That(html, Does.Contain("<details class=\"flow passed\" id=\"flow--finum--sync_contracts\">"));
    }
}
