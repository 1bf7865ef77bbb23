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
    public static WireMockServer Start() => WireMockServer.Start(new WireMockServerSettings
    {
        Urls = ["http://127.0.0.1:0"],
        StartAdminInterface = false,
        Logger = new WireMockNullLogger(),
    });
}
