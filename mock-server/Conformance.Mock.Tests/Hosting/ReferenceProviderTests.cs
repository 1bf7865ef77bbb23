using System.Net.Http.Headers;
using Conformance.Mock.Hosting;
using Conformance.Mock.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Conformance.Mock.Tests.Hosting;

public sealed class ReferenceProviderTests
{
    [Test]
    public async Task StartAsync_FreePort_ExposesBaseAndApiAddresses()
    {
        await using var provider = await ReferenceProvider.StartAsync(new ReferenceProviderOptions { Urls = ["http://127.0.0.1:0"], Quiet = true });

        Assert.That(provider.BaseAddress.Host, Is.EqualTo("127.0.0.1"));
        Assert.That(provider.BaseAddress.Port, Is.Not.Zero);
        Assert.That(provider.ApiBaseAddress("finum").AbsolutePath, Is.EqualTo("/finum/v1/"));
        Assert.That(() => provider.ApiBaseAddress("nope"), Throws.ArgumentException);
    }

    [Test]
    public async Task StartAsync_ManySeededContracts_ServesTheLastOne()
    {
        await using var provider = await ReferenceProvider.StartAsync(new ReferenceProviderOptions
        {
            Urls = ["http://127.0.0.1:0"],
            SeedCounts = new Dictionary<string, int> { ["finum.contract"] = 20_000 },
            Quiet = true,
        });
        using var client = new HttpClient { BaseAddress = provider.ApiBaseAddress("finum") };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", FinumTokens.Valid(provider.Clock.GetUtcNow()));

        var body = await client.GetStringAsync(new Uri("contract-list?id-list=C120000", UriKind.Relative));

        Assert.That(body, Does.Contain("\"id\":\"C120000\""));
    }

    [Test]
    public async Task WebApplicationFactory_Program_ServesHealth()
    {
        await using var factory = new WebApplicationFactory<Program>();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/__admin/health", UriKind.Relative));

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
    }
}
