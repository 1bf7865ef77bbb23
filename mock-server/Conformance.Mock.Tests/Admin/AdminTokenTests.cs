using System.Net.Http.Json;
using Conformance.Mock.Hosting;

namespace Conformance.Mock.Tests.Admin;

public sealed class AdminTokenTests
{
    [Test]
    public async Task Admin_WithTokenConfigured_RefusesCallsWithoutIt()
    {
        await using var provider = await ReferenceProvider.StartAsync(new ReferenceProviderOptions { Urls = ["http://127.0.0.1:0"], AdminToken = "s3cret", Quiet = true });
        using var client = new HttpClient { BaseAddress = provider.BaseAddress };

        using var without = await client.GetAsync(new Uri("/__admin/health", UriKind.Relative));
        client.DefaultRequestHeaders.Authorization = new("Bearer", "s3cret");
        using var with = await client.PostAsJsonAsync(new Uri("/__admin/clock/advance", UriKind.Relative), new { seconds = 1 });

        Assert.That((int)without.StatusCode, Is.EqualTo(401));
        Assert.That((int)with.StatusCode, Is.EqualTo(200));
    }

    [TestCase("/__admin/mappings")]
    [TestCase("/__admin/requests")]
    [TestCase("/__admin/scenarios")]
    [TestCase("/__admin/settings")]
    public async Task WireMockAdmin_WithTokenConfigured_RefusedWithoutItServedWithIt(string path)
    {
        await using var provider = await ReferenceProvider.StartAsync(new ReferenceProviderOptions { Urls = ["http://127.0.0.1:0"], AdminToken = "s3cret", Quiet = true });
        using var client = new HttpClient { BaseAddress = provider.BaseAddress };

        using var without = await client.GetAsync(new Uri(path, UriKind.Relative));
        client.DefaultRequestHeaders.Authorization = new("Bearer", "s3cret");
        using var with = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.That((int)without.StatusCode, Is.EqualTo(401));
        Assert.That((int)with.StatusCode, Is.EqualTo(200));
    }
}
