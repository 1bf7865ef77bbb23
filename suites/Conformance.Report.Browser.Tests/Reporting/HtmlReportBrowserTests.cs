using Conformance.Report.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Conformance.Report.Browser.Tests.Reporting;

/// <summary>
/// The HTML report as a provider's engineer meets it: opened from disk in chromium, on a real run
/// with failures (<see cref="FailingReport"/>), at desktop and at phone width.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class HtmlReportBrowserTests
{
    private const int PhoneWidth = 390;

    private IPlaywright? playwright;
    private IBrowser? browser;
    private string reportUrl = string.Empty;

    [OneTimeSetUp]
    public async Task StartBrowserAsync()
    {
        Chromium.RequireInstalled();
        reportUrl = new Uri(Path.Combine(await FailingReport.GetDirectoryAsync(), "index.html")).AbsoluteUri;
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(Chromium.LaunchOptions);
    }

    [OneTimeTearDown]
    public async Task StopBrowserAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
    }

    [Test]
    public async Task Open_ReportWithFailures_TheVerdictIsTheFirstThingVisible()
    {
        var page = await OpenAsync(new ViewportSize { Width = 1280, Height = 800 });

        var verdict = page.Locator("#verdict");
        var box = await verdict.BoundingBoxAsync();
        var above = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('main > *')].filter(e => e.getBoundingClientRect().bottom <= document.getElementById('verdict').getBoundingClientRect().top && e.offsetHeight > 0).map(e => e.tagName)");
        Assert.Multiple(async () =>
        {
            Assert.That(await verdict.IsVisibleAsync(), Is.True);
            Assert.That(await verdict.InnerTextAsync(), Does.StartWith("✗ Not conformant"));
            Assert.That(box!.Y + box.Height, Is.LessThan(800), "the whole verdict fits the first screen");
            Assert.That(above, Is.EqualTo(new[] { "HEADER" }), "only the report's title line comes before the verdict");
            Assert.That(await page.TitleAsync(), Does.StartWith("Not conformant"));
        });
    }

    [Test]
    public async Task ExpandFailure_FailedStep_ShowsRequestResponseCheckAndSpecClause()
    {
        var page = await OpenAsync(new ViewportSize { Width = 1280, Height = 800 });
        var step = page.Locator($"details.item.failed:has(.finding .check:text-is('{FailingReport.DefectCheck}'))").First;
        var summary = step.Locator("> summary");

        await summary.ClickAsync();
        var closed = await step.EvaluateAsync<bool>("e => e.open");
        await summary.ClickAsync();

        var finding = step.Locator(".finding").Filter(new() { Has = page.Locator($".check:text-is('{FailingReport.DefectCheck}')") }).First;
        Assert.Multiple(async () =>
        {
            Assert.That(closed, Is.False, "a click on the summary folds the failure");
            Assert.That(await step.EvaluateAsync<bool>("e => e.open"), Is.True, "a second click unfolds it");
            Assert.That(await finding.IsVisibleAsync(), Is.True);
            Assert.That(await finding.InnerTextAsync(), Does.Match(@"Spec: \S+"), "the spec clause");
            Assert.That(await step.Locator(".exchange .panel .method").First.IsVisibleAsync(), Is.True, "the request");
            Assert.That(await step.Locator(".exchange .panel .method").First.InnerTextAsync(), Does.Match("^(GET|POST|PUT|DELETE|PATCH)$"));
            Assert.That(await step.Locator(".exchange .panel .status").First.InnerTextAsync(), Does.Match("^[1-5][0-9][0-9]$"), "the response status");
            Assert.That(await step.Locator(".exchange .panel pre").Last.IsVisibleAsync(), Is.True, "the response body");
        });
    }

    [Test]
    public async Task FixList_LinkToAFailure_OpensAndScrollsToIt()
    {
        var page = await OpenAsync(new ViewportSize { Width = 1280, Height = 800 });
        var link = page.Locator("#what-to-fix a").First;
        var target = (await link.GetAttributeAsync("href"))!.TrimStart('#');
        await page.EvaluateAsync("id => { for (const d of document.querySelectorAll('details')) d.open = false; }", target);

        await link.ClickAsync();

        var element = page.Locator($"[id='{target}']");
        Assert.Multiple(async () =>
        {
            Assert.That(await element.EvaluateAsync<bool>("e => { for (let x = e; x; x = x.parentElement) if (x.tagName === 'DETAILS' && !x.open) return false; return true; }"), Is.True);
            Assert.That(await element.IsVisibleAsync(), Is.True);
            Assert.That(await element.Locator(".check").First.IsVisibleAsync(), Is.True);
        });
    }

    [Test]
    public async Task CopyButton_CurlLineOfAFailure_PutsExactlyThatLineOnTheClipboard()
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var page = await OpenAsync(context);
        var curl = page.Locator("details.item.failed .curl").First;
        var line = await curl.Locator("code").InnerTextAsync();

        await curl.Locator("button.copy").ClickAsync();

        var clipboard = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Multiple(async () =>
        {
            Assert.That(line, Does.StartWith("curl "));
            Assert.That(clipboard, Is.EqualTo(line));
            Assert.That(await curl.Locator("button.copy").InnerTextAsync(), Is.EqualTo("copied"));
        });
        await context.CloseAsync();
    }

    [Test]
    public async Task Open_AnyWidth_RequestsNothingBeyondTheFileItself()
    {
        var context = await browser!.NewContextAsync();
        var requested = new List<string>();
        var left = new List<string>();
        await context.RouteAsync("**/*", async route =>
        {
            var url = route.Request.Url;
            lock (requested)
            {
                requested.Add(url);
            }

            if (url.StartsWith("file:", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
                return;
            }

            lock (left)
            {
                left.Add(url);
            }

            await route.AbortAsync();
        });
        var page = await OpenAsync(context);
        await page.Locator("details").First.ClickAsync();
        await page.Locator("details.item.failed .curl button.copy").First.ClickAsync();
        await page.SetViewportSizeAsync(PhoneWidth, 844);

        Assert.Multiple(() =>
        {
            Assert.That(left, Is.Empty, "requests that would leave the file");
            Assert.That(requested, Is.EqualTo(new[] { reportUrl }), "the page itself is the only resource");
        });
        await context.CloseAsync();
    }

    [Test]
    public async Task Open_PhoneWidth_NothingOverflowsSideways()
    {
        var page = await OpenAsync(new ViewportSize { Width = PhoneWidth, Height = 844 });
        await page.EvaluateAsync("() => { for (const d of document.querySelectorAll('details')) d.open = true; }");

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.body.scrollWidth, window.innerWidth]");
        var verdict = await page.Locator("#verdict").BoundingBoxAsync();
        Assert.Multiple(() =>
        {
            Assert.That(widths[0], Is.LessThanOrEqualTo(widths[2]), "document wider than the phone");
            Assert.That(widths[1], Is.LessThanOrEqualTo(widths[2]), "body wider than the phone");
            Assert.That(verdict!.X + verdict.Width, Is.LessThanOrEqualTo(PhoneWidth));
        });
        await SaveScreenshotAsync(await OpenAsync(new ViewportSize { Width = PhoneWidth, Height = 844 }), "report-phone.png", fullPage: false);
        await SaveScreenshotAsync(await OpenAsync(new ViewportSize { Width = 1280, Height = 900 }), "report-desktop.png", fullPage: false);
    }

    private async Task<IPage> OpenAsync(ViewportSize viewport)
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = viewport });
        return await OpenAsync(context);
    }

    private async Task<IPage> OpenAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(reportUrl, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return page;
    }

    /// <summary>Into the test's output folder; with <c>UPDATE_SCREENSHOTS=1</c> also into <c>docs/</c>, where docs/reports.md shows them.</summary>
    private static async Task SaveScreenshotAsync(IPage page, string name, bool fullPage)
    {
        var bytes = await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = fullPage });
        await File.WriteAllBytesAsync(Path.Combine(TestContext.CurrentContext.WorkDirectory, name), bytes);
        TestContext.AddTestAttachment(Path.Combine(TestContext.CurrentContext.WorkDirectory, name));
        if (Environment.GetEnvironmentVariable("UPDATE_SCREENSHOTS") == "1")
        {
            await File.WriteAllBytesAsync(Path.Combine(RepoRoot(), "docs", name), bytes);
        }
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Conformance.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Conformance.sln not found above the test directory.");
    }
}
