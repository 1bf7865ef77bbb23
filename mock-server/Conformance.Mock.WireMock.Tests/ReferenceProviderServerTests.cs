using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Conformance.Mock.Faults;
using Conformance.Specs;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Conformance.Mock.WireMock.Tests;

/// <summary>The example of <c>docs/dotnet-consumers.md</c>, as a consumer's test would be written.</summary>
public sealed class ReferenceProviderServerTests
{
    private ReferenceProviderServer provider = null!;
    private HttpClient seyna = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        provider = await ReferenceProviderServer.StartAsync();
        seyna = new HttpClient { BaseAddress = provider.ApiBaseAddress("seyna") };
        var credentials = Path.Combine(FixturePaths.Require(), "credentials", "seyna");
        var key = File.ReadAllText(Path.Combine(credentials, "username.txt")).Trim();
        var secret = File.ReadAllText(Path.Combine(credentials, "password.txt")).Trim();
        seyna.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{key}:{secret}")));
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        seyna.Dispose();
        await provider.DisposeAsync();
    }

    [SetUp]
    public void Reset() => provider.Reset();

    [Test]
    public async Task OwnStub_ForOneRoute_WinsWhileTheStatefulProviderAnswersTheRest()
    {
        provider.Server
            .Given(Request.Create().WithPath("/seyna/v2/portfolios/pf_0001/claims").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(503).WithHeader("Retry-After", "1"));

        using var stubbed = await seyna.GetAsync(new Uri("portfolios/pf_0001/claims", UriKind.Relative));
        using var real = await seyna.GetAsync(new Uri("portfolios/pf_0001/contracts", UriKind.Relative));

        Assert.That(stubbed.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(real.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(provider.Server.LogEntries.Count(e => e.RequestMessage?.Path == "/seyna/v2/portfolios/pf_0001/claims"), Is.EqualTo(1));
    }

    [Test]
    public async Task Reset_AfterOwnStub_TheProviderAnswersAgain()
    {
        provider.Server
            .Given(Request.Create().WithPath("/seyna/v2/portfolios").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(500));

        provider.Reset();
        using var answer = await seyna.GetAsync(new Uri("portfolios", UriKind.Relative));

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(provider.Server.LogEntries, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Fault_DroppedConnection_TheClientSeesItsRetryPath()
    {
        provider.AddFault(new FaultRule { Id = "", Route = "/seyna/v2/portfolios", Kind = FaultKind.Drop });

        Assert.That(async () => await seyna.GetAsync(new Uri("portfolios", UriKind.Relative)), Throws.InstanceOf<HttpRequestException>());
    }

    [Test]
    public async Task Clock_Advanced_MovesTheProviderForward()
    {
        var before = provider.Clock.GetUtcNow();

        await provider.AdvanceAsync(TimeSpan.FromHours(1));

        Assert.That(provider.Clock.GetUtcNow() - before, Is.GreaterThanOrEqualTo(TimeSpan.FromHours(1)));
    }
}
