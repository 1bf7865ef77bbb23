using Conformance.Runner.Checks.Seyna;
using static Conformance.Runner.Tests.Checks.Seyna.SeynaExchanges;

namespace Conformance.Runner.Tests.Checks.Seyna;

public sealed class VersionImmutableCheckTests
{
    private readonly VersionImmutableCheck check = new();

    [Test]
    public void Evaluate_SameVersionSameContent_NoFinding()
    {
        var last = Run(
            ("putContract", Contract("K1", "2026-01-01", "2027-01-01", Guarantees(100)), "/contracts/K1"),
            ("getContract", Contract("K1", "2026-01-01", "2027-01-01", Guarantees(100)), "/contracts/K1"));

        Assert.That(CheckTestData.Run(check, last), Is.Empty);
    }

    [Test]
    public void Evaluate_SameVersionOtherContent_Fails()
    {
        var last = Run(
            ("putContract", Contract("K1", "2026-01-01", "2027-01-01", Guarantees(100)), "/contracts/K1"),
            ("putContract", Contract("K1", "2026-01-01", "2027-01-01", Guarantees(120)), "/contracts/K1"));

        Assert.That(CheckTestData.Run(check, last).Single().Message, Does.Contain("version 1"));
    }

    [Test]
    public void Evaluate_NewVersionOtherContent_NoFinding()
    {
        var changed = Contract("K1", "2026-01-01", "2027-01-01", Guarantees(120));
        changed["version"] = 2;
        var last = Run(
            ("putContract", Contract("K1", "2026-01-01", "2027-01-01", Guarantees(100)), "/contracts/K1"),
            ("putContract", changed, "/contracts/K1"));

        Assert.That(CheckTestData.Run(check, last), Is.Empty);
    }
}
