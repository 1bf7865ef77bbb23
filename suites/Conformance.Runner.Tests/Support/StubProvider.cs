using WireMock.Logging;
using WireMock.Server;
using WireMock.Settings;

namespace Conformance.Runner.Tests.Support;

/// <summary>
/// A loopback WireMock.Net server for misbehaving-provider tests: the test's stubs say what goes
/// wrong (wrong content types, oversized, empty or malformed bodies, redirects), and its journal
/// shows what the runner sent. <see cref="TestProvider"/> stays for what stubs cannot do (reset
/// connections, handlers that call back).
/// </summary>
public static class StubProvider
{
    /// <summary>
    /// Started and warmed up: one request has been through its pipeline (then dropped from the
    /// journal), so a test's first request does not pay WireMock.Net's first-call cost on a loaded
    /// machine, where it can outlast a step's timeout.
    /// </summary>
    public static WireMockServer Start()
    {
        var server = WireMockServer.Start(new WireMockServerSettings
        {
            Urls = ["http://127.0.0.1:0"],
            StartAdminInterface = false,
            Logger = new WireMockNullLogger(),
        });
        using (var client = new HttpClient())
        {
            using var warmUp = client.GetAsync(new Uri(server.Url + "/warm-up")).GetAwaiter().GetResult();
        }

        server.ResetLogEntries();
        return server;
    }
}
