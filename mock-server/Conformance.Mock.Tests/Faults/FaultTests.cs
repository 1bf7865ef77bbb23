using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Conformance.Mock.Hosting;
using Conformance.Mock.Tests.Support;

namespace Conformance.Mock.Tests.Faults;

/// <summary>Faults act the same on both engines (on WireMock.Net, before any stub is matched).</summary>
[TestFixture(ProviderEngine.WireMock)]
[TestFixture(ProviderEngine.Kestrel)]
public sealed class FaultTests(ProviderEngine engine) : FinumTestBase
{
    protected override ReferenceProviderOptions Options => base.Options with { Engine = engine };

    [Test]
    public async Task StallFault_OnRoute_HeadersArriveThenTheBodyHangsAndTheConnectionDrops()
    {
        await AddFaultAsync(new { route = "/finum/v1/auth-status", kind = "stall", latencyMs = 300 });
        var started = System.Diagnostics.Stopwatch.StartNew();

        // A client of its own: the test client reads whole bodies to judge them against the contract.
        using var raw = new HttpClient { BaseAddress = Provider.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, Api("auth-status"));
        request.Headers.Authorization = Client.DefaultRequestHeaders.Authorization;
        using var response = await raw.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        Assert.That(async () => await response.Content.ReadAsStringAsync(), Throws.InstanceOf<HttpRequestException>().Or.InstanceOf<IOException>());
        Assert.That(started.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(290)));
    }

    [Test]
    public async Task StatusFault_OnRoute_AnswersThatStatusAsProblemOnlyThere()
    {
        Validation.Enabled = false;
        await AddFaultAsync(new { route = "/finum/v1/contract-list", kind = "status", status = 503 });

        using var hit = await GetAsync("contract-list?id-list=C100001");
        using var other = await GetAsync("client-list?id-list=K100001");

        Assert.That((int)hit.StatusCode, Is.EqualTo(503));
        Assert.That(hit.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That((int)other.StatusCode, Is.EqualTo(200));
    }

    [Test]
    public async Task DropFault_OnRoute_AbortsTheConnection()
    {
        await AddFaultAsync(new { route = "/finum/v1/*", kind = "drop" });

        Assert.That(async () => await GetAsync("auth-status"), Throws.InstanceOf<HttpRequestException>());
    }

    [Test]
    public async Task LatencyFault_OnRoute_DelaysTheAnswer()
    {
        await AddFaultAsync(new { route = "/finum/v1/auth-status", kind = "latency", latencyMs = 300 });
        var started = System.Diagnostics.Stopwatch.StartNew();

        using var response = await GetAsync("auth-status");

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        Assert.That(started.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(290)));
    }

    [Test]
    public async Task RateFault_SameSeed_HitsTheSameRequests()
    {
        Validation.Enabled = false;
        var first = await PatternAsync();
        var second = await PatternAsync();

        Assert.That(first, Is.EqualTo(second));
        Assert.That(first, Does.Contain(500).And.Contain(200));
    }

    [Test]
    public async Task DeleteFaults_AfterAdding_ServesNormallyAgain()
    {
        await AddFaultAsync(new { route = "/finum/v1/*", kind = "drop" });

        using var deleted = await Client.DeleteAsync(new Uri("/__admin/faults", UriKind.Relative));
        using var response = await GetAsync("auth-status");

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
    }

    [TestCase("{\"kind\":\"status\"}")]
    [TestCase("{\"route\":\"/x\",\"kind\":\"explode\"}")]
    [TestCase("{\"route\":\"/x\",\"kind\":\"status\",\"status\":200}")]
    [TestCase("{\"route\":\"/x\",\"kind\":\"latency\",\"rate\":2}")]
    public async Task AddFault_BadRule_Answers400(string body)
    {
        using var response = await Client.PostAsync(new Uri("/__admin/faults", UriKind.Relative), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.That((int)response.StatusCode, Is.EqualTo(400));
    }

    private async Task<List<int>> PatternAsync()
    {
        using var cleared = await Client.DeleteAsync(new Uri("/__admin/faults", UriKind.Relative));
        await AddFaultAsync(new { route = "/finum/v1/auth-status", kind = "status", status = 500, rate = 0.5, seed = 42 });
        var statuses = new List<int>();
        for (var i = 0; i < 20; i++)
        {
            using var response = await GetAsync("auth-status");
            statuses.Add((int)response.StatusCode);
        }

        return statuses;
    }

    private async Task<JsonNode> AddFaultAsync(object rule)
    {
        using var response = await Client.PostAsJsonAsync(new Uri("/__admin/faults", UriKind.Relative), rule);
        Assert.That((int)response.StatusCode, Is.EqualTo(201));
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
