using Conformance.Mock.Apis;
using Conformance.Mock.Hosting;

namespace Conformance.Mock.Tests.Hosting;

public sealed class EmbeddedReferenceProviderTests
{
    [Test]
    public void Options_Default_FreeLoopbackPortQuietAndEachModulesEmbeddedValues()
    {
        var options = EmbeddedReferenceProvider.Options(new EmbeddedProviderRequest());

        Assert.That(options.Urls, Is.EqualTo(new[] { "http://127.0.0.1:0" }));
        Assert.That(options.Quiet, Is.True);
        Assert.That(options.ModuleSettings, Does.Contain(new ModuleSetting("finum", "proposalDelay", "300ms")));
        Assert.That(options.ModuleSettings, Does.Contain(new ModuleSetting("finum", "activationDelay", "300ms")));
    }

    [Test]
    public void Options_RequestSetsAnOption_ItReplacesTheEmbeddedValue()
    {
        var options = EmbeddedReferenceProvider.Options(new EmbeddedProviderRequest
        {
            Seed = 7,
            ModuleSettings = [new ModuleSetting("finum", "proposalDelay", "1s")],
        });

        Assert.That(options.ModuleSettings.Where(s => s.Name == "proposalDelay"), Is.EqualTo(new[] { new ModuleSetting("finum", "proposalDelay", "1s") }));
        Assert.That(options.Seed, Is.EqualTo(7));
    }

    [Test]
    public async Task StartAsync_Default_ServesFinumOnLoopback()
    {
        await using var provider = await EmbeddedReferenceProvider.StartAsync();
        using var http = new HttpClient();

        using var health = await http.GetAsync(new Uri(provider.BaseAddress, "__admin/health"));

        Assert.That(provider.ApiBaseAddress("finum").Host, Is.EqualTo("127.0.0.1"));
        Assert.That((int)health.StatusCode, Is.EqualTo(200));
    }
}
