using Conformance.Mock.Apis.Finum;
using Conformance.Mock.Seeding;
using Conformance.Specs;

namespace Conformance.Mock.Tests.Seeding;

public sealed class SeedSettingsLoaderTests
{
    [Test]
    public void Load_FinumSeedFile_ReadsDateCountsAndDelays()
    {
        var path = Path.Combine(FixturePaths.Require(), "apis", "finum", "seed.yaml");

        var settings = SeedSettingsLoader.Load(path, FinumModule.DefaultSeed with { Counts = new Dictionary<string, int>() });

        Assert.That(settings.ReferenceDate, Is.EqualTo(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.That(settings.Count("contract"), Is.EqualTo(50));
        Assert.That(settings.Count("user"), Is.EqualTo(5));
        Assert.That(settings.Delay("proposal"), Is.EqualTo(TimeSpan.FromSeconds(2)));
    }

    [Test]
    public void Load_FlowMappingAndComments_Read()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "# seed\ncounts: { contract: 7, client: 3 }  # inline\nactivationDelaySeconds: 1.5\n");

        var settings = SeedSettingsLoader.Load(path, FinumModule.DefaultSeed);
        File.Delete(path);

        Assert.That(settings.Count("contract"), Is.EqualTo(7));
        Assert.That(settings.Count("client"), Is.EqualTo(3));
        Assert.That(settings.Delay("activation"), Is.EqualTo(TimeSpan.FromSeconds(1.5)));
    }

    [Test]
    public void Load_BadCount_ThrowsNamingTheLine()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "counts:\n  contract: many\n");

        Assert.That(() => SeedSettingsLoader.Load(path, FinumModule.DefaultSeed), Throws.InvalidOperationException.With.Message.Contains("line 2"));
        File.Delete(path);
    }

    [Test]
    public void Load_MissingFile_KeepsDefaults()
    {
        var settings = SeedSettingsLoader.Load("/nonexistent/seed.yaml", FinumModule.DefaultSeed);

        Assert.That(settings, Is.EqualTo(FinumModule.DefaultSeed));
    }
}
