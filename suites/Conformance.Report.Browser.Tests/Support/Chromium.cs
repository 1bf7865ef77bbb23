using Microsoft.Playwright;

namespace Conformance.Report.Browser.Tests.Support;

/// <summary>
/// Debian's chromium (<c>apt-get install chromium</c>, which <c>.ci/run</c> does), never a browser
/// Playwright downloads: this machine cannot download one. <c>CHROMIUM_PATH</c> points elsewhere.
/// </summary>
public static class Chromium
{
    public const string DefaultPath = "/usr/bin/chromium";

    public static string Path => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : DefaultPath;

    /// <summary>Ignores the calling test, saying why, when the binary is absent; the only reason these tests skip.</summary>
    public static void RequireInstalled()
    {
        if (!File.Exists(Path))
        {
            Assert.Ignore($"chromium not found at {Path}: install it with `apt-get install -y chromium` (.ci/run does) or set CHROMIUM_PATH.");
        }
    }

    /// <summary>
    /// Headless, and quiet on the network: without the background-networking switches chromium
    /// reaches out to Google's services at start, which a closed network refuses (and which would
    /// blur the report's own "no request leaves the file" test). No sandbox: CI runs as root.
    /// </summary>
    public static BrowserTypeLaunchOptions LaunchOptions => new()
    {
        ExecutablePath = Path,
        Headless = true,
        Args =
        [
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-default-apps", "--disable-extensions",
        ],
    };
}
