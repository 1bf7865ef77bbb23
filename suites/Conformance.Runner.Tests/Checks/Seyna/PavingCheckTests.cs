using Conformance.Runner.Checks.Seyna;
using static Conformance.Runner.Tests.Checks.Seyna.SeynaExchanges;

namespace Conformance.Runner.Tests.Checks.Seyna;

public sealed class PavingCheckTests
{
    private readonly PavingCheck check = new();

    [TestCase("2026-07-01", 0)]
    [TestCase("2026-07-02", 1)]
    [TestCase("2026-06-30", 1)]
    public void Evaluate_ReadBackAfterReceipts_PavedOrNot(string secondStart, int findings)
    {
        var last = Run(
            ("putReceipt", Receipt("K1-R1", "K1", "2026-01-01", "2026-07-01", Guarantees(50)), "/receipts/K1-R1"),
            ("putReceipt", Receipt("K1-R2", "K1", secondStart, "2027-01-01", Guarantees(50)), "/receipts/K1-R2"),
            ("getContract", Contract("K1", "2026-01-01", "2027-01-01", Guarantees(100)), "/contracts/K1"));

        Assert.That(CheckTestData.Run(check, last), Has.Count.EqualTo(findings));
    }

    [Test]
    public void Evaluate_CancelledWithoutOffset_CoverLeftAfterTheEndFails()
    {
        var last = Run(
            ("putReceipt", Receipt("K1-R1", "K1", "2026-01-01", "2027-01-01", Guarantees(100)), "/receipts/K1-R1"),
            ("getContract", Contract("K1", "2026-01-01", "2026-07-01", Guarantees(50), "subscriber_request"), "/contracts/K1"));

        Assert.That(CheckTestData.Run(check, last), Has.Count.EqualTo(1));
    }

    [Test]
    public void Evaluate_PutAnswer_NotJudged()
    {
        var last = Run(
            ("putReceipt", Receipt("K1-R1", "K1", "2026-01-01", "2026-07-01", Guarantees(50)), "/receipts/K1-R1"),
            ("putContract", Contract("K1", "2026-01-01", "2027-01-01", Guarantees(100)), "/contracts/K1"));

        Assert.That(CheckTestData.Run(check, last), Is.Empty);
    }
}
