using Conformance.Mock.Apis.Finum;
using Conformance.Mock.Apis.Seyna;
using Conformance.Mock.Apis.SiviAfs;
using Conformance.Mock.Apis.Thinksurance;
using Conformance.Mock.Seeding;
using Conformance.Specs;

namespace Conformance.Mock.Tests.Seeding;

public sealed class SeedFileReaderTests
{
    private static string Shipped(string api) => Path.Combine(FixturePaths.Require(), "apis", api, "seed.yaml");

    [Test]
    public void Read_ShippedFinumFile_BindsDateCountsAndDelays()
    {
        var settings = SeedFileReader.Read<FinumSeedSettings>(Shipped("finum"));

        Assert.That(settings.ReferenceDate, Is.EqualTo(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.That(settings.Counts, Is.EqualTo(new FinumSeedCounts { Contract = 50, Client = 30, Product = 8, User = 5 }));
        Assert.That(settings.Derived.Keys, Is.EquivalentTo(new[] { "file" }));
        Assert.That(settings.ProposalDelaySeconds, Is.EqualTo(2));
        Assert.That(settings.ActivationDelaySeconds, Is.EqualTo(2));
    }

    [Test]
    public void Read_ShippedSeynaFile_BindsPortfoliosKeysAndLists()
    {
        var settings = SeedFileReader.Read<SeynaSeedSettings>(Shipped("seyna"));

        Assert.That(settings.Portfolios.Select(p => p.Id), Is.EqualTo(new[] { "pf_0001", "pf_0002" }));
        Assert.That(settings.Portfolios[1].ProductId, Is.EqualTo("rc_pro"));
        Assert.That(settings.Portfolios[1].Seeded, Is.False);
        Assert.That(settings.ApiKeys.Select(k => k.Portfolios), Is.EqualTo(new[] { new[] { "pf_0001", "pf_0002" }, new[] { "pf_0002" } }));
        Assert.That(settings.Counts, Is.EqualTo(new SeynaSeedCounts { Contract = 40, Claim = 12 }));
        Assert.That(settings.ReceiptsPerContract, Is.EqualTo(new[] { 1, 2, 4, 12 }));
        Assert.That(settings.Guarantees["rc_pro"], Is.EqualTo(new[] { "professional_liability", "legal_defence" }));
        Assert.That(settings.ClosedClaims, Is.EqualTo(4));
    }

    [Test]
    public void Read_ShippedSiviAfsFile_BindsAnchorsVersionsAndClients()
    {
        var settings = SeedFileReader.Read<SiviAfsSeedSettings>(Shipped("sivi-afs"));

        Assert.That(settings.ReferenceDate, Is.EqualTo(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.That(settings.Anchors.Party, Is.EqualTo("PTY0000001"));
        Assert.That(settings.IdPrefixes.Claim, Is.EqualTo("CLM"));
        Assert.That(settings.History.WithPriorVersion.Policy, Is.EqualTo(10));
        Assert.That(settings.DataCatalogVersion, Is.EqualTo("35E"));
        Assert.That(settings.Versions.Served, Is.EqualTo(new[] { 2, 3 }));
        Assert.That(settings.OauthClients["conformance-test-reader"], Is.EqualTo("afs.read"));
    }

    [Test]
    public void Read_ShippedThinksuranceFile_BindsAccountUsersAndIdFormats()
    {
        var settings = SeedFileReader.Read<ThinksuranceSeedSettings>(Shipped("thinksurance"));

        Assert.That(settings.Account.AToken, Is.EqualTo("a7c3e9f1b5d2048c6e1a3f5b7d9c0e2a"));
        Assert.That(settings.ApiUsers.Select(u => u.Active), Is.EqualTo(new[] { true, false }));
        Assert.That(settings.Brokers.BExternalIdFormat, Is.EqualTo("B{index:000}"));
        Assert.That(settings.Inquiries.Statuses, Is.EqualTo(new[] { 2, 3, 4, 15, 6 }));
        Assert.That(settings.Counts.AgencyNumbersPerBroker, Is.EqualTo(3));
        Assert.That(settings.TokenLifetimeMinutes, Is.EqualTo(15));
    }

    [Test]
    public void Bind_PartialFile_KeepsTheRecordsDefaults()
    {
        var settings = SeedFileReader.Bind<FinumSeedSettings>("activationDelaySeconds: 1.5\n", "seed.yaml");

        Assert.That(settings.ActivationDelaySeconds, Is.EqualTo(1.5));
        Assert.That(settings.Counts.Contract, Is.EqualTo(50));
    }

    [Test]
    public void Bind_AnchorsAndAliases_AreResolved()
    {
        var settings = SeedFileReader.Bind<SeynaSeedSettings>(
            """
            referenceDate: 2026-01-01T00:00:00Z
            portfolios:
              - &home { id: pf_1, product_id: mrh, name: Home, timezone: Europe/Paris, seeded: true }
            apiKeys: [{ id: k, portfolios: [pf_1] }]
            counts: { contract: 1, claim: 0 }
            receiptsPerContract: &cycle [1, 2]
            settlementsPerClaim: *cycle
            """,
            "seed.yaml");

        Assert.That(settings.SettlementsPerClaim, Is.EqualTo(new[] { 1, 2 }));
        Assert.That(settings.Portfolios[0].Seeded, Is.True);
    }

    [Test]
    public void Bind_UnknownKey_NamesFileLineAndColumn()
    {
        Assert.That(
            () => SeedFileReader.Bind<FinumSeedSettings>("referenceDate: 2026-01-01T00:00:00Z\ncounts:\n  contract: 5\n  contrakt: 6\n", "broken.yaml"),
            Throws.TypeOf<SeedFileException>().With.Message.StartsWith("Seed file broken.yaml:4:").And.Message.Contains("unknown key 'counts.contrakt'"));
    }

    [Test]
    public void Bind_SourceGeneratedMetadata_BindsAndRefusesAlike()
    {
        var settings = SeedFileReader.Read<FinumSeedSettings>(Shipped("finum"), FinumSeedJsonContext.Default);

        Assert.That(settings, Is.EqualTo(SeedFileReader.Read<FinumSeedSettings>(Shipped("finum"))).Using<FinumSeedSettings>((a, b) => a.Counts == b.Counts && a.ReferenceDate == b.ReferenceDate && a.ProposalDelaySeconds == b.ProposalDelaySeconds));
        Assert.That(
            () => SeedFileReader.Bind<FinumSeedSettings>("counts:\n  contract: x\nextra: 1\n", "broken.yaml", FinumSeedJsonContext.Default),
            Throws.TypeOf<SeedFileException>().With.Message.StartsWith("Seed file broken.yaml:2:13:"));
        Assert.That(
            () => SeedFileReader.Bind<FinumSeedSettings>("extra: 1\n", "broken.yaml", FinumSeedJsonContext.Default),
            Throws.TypeOf<SeedFileException>().With.Message.Contains("unknown key 'extra'"));
    }

    [Test]
    public void Bind_UnknownTopLevelKey_NamesItsLine()
    {
        Assert.That(
            () => SeedFileReader.Bind<FinumSeedSettings>("counts: { contract: 5 }\nproposalDelay: 2\n", "broken.yaml"),
            Throws.TypeOf<SeedFileException>().With.Message.StartsWith("Seed file broken.yaml:2:").And.Message.Contains("unknown key 'proposalDelay'"));
    }

    [Test]
    public void Bind_MistypedValue_NamesFileLineColumnAndExpectedType()
    {
        Assert.That(
            () => SeedFileReader.Bind<FinumSeedSettings>("counts:\n  contract: many\n", "broken.yaml"),
            Throws.TypeOf<SeedFileException>().With.Message.StartsWith("Seed file broken.yaml:2:13:").And.Message.Contains("'counts.contract'").And.Message.Contains("an integer"));
    }

    [Test]
    public void Bind_MistypedNestedListItem_NamesItsLine()
    {
        var yaml = File.ReadAllText(Shipped("thinksurance")).Replace("statuses: [2, 3, 4, 15, 6]", "statuses: [2, three]", StringComparison.Ordinal);
        var line = yaml.Split('\n').ToList().FindIndex(l => l.Contains("statuses:", StringComparison.Ordinal)) + 1;

        Assert.That(
            () => SeedFileReader.Bind<ThinksuranceSeedSettings>(yaml, "broken.yaml"),
            Throws.TypeOf<SeedFileException>().With.Message.StartsWith($"Seed file broken.yaml:{line}:").And.Message.Contains("inquiries.statuses.1"));
    }

    [Test]
    public void Bind_MissingRequiredKey_SaysWhich()
    {
        Assert.That(
            () => SeedFileReader.Bind<SiviAfsSeedSettings>("referenceDate: 2026-01-01T00:00:00Z\n", "broken.yaml"),
            Throws.TypeOf<SeedFileException>().With.Message.Contains("required key(s) missing").And.Message.Contains("counts"));
    }

    [Test]
    public void Bind_MalformedYaml_NamesFileAndLine()
    {
        Assert.That(
            () => SeedFileReader.Bind<FinumSeedSettings>("counts:\n  contract: [1, 2\n", "broken.yaml"),
            Throws.TypeOf<SeedFileException>().With.Message.StartsWith("Seed file broken.yaml:"));
    }

    [Test]
    public void Bind_NotAMapping_IsRefused()
    {
        Assert.That(() => SeedFileReader.Bind<FinumSeedSettings>("- 1\n- 2\n", "broken.yaml"), Throws.TypeOf<SeedFileException>().With.Message.Contains("mapping"));
    }

    [Test]
    public void ReadOrDefault_MissingFile_GivesTheDefaults()
    {
        var defaults = new FinumSeedSettings { ProposalDelaySeconds = 9 };

        Assert.That(SeedFileReader.ReadOrDefault("/nonexistent/seed.yaml", defaults), Is.SameAs(defaults));
    }
}
