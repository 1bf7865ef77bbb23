using Conformance.Runner.Checks.Seyna;
using static Conformance.Runner.Tests.Checks.Seyna.SeynaExchanges;

namespace Conformance.Runner.Tests.Checks.Seyna;

public sealed class RetractionCheckTests
{
    private readonly RetractionCheck check = new();

    [Test]
    public void Evaluate_RetractionCollapsedAndZeroed_NoFinding()
    {
        var last = Run(
            ("putContract", Contract("K1", "2026-01-01", "2026-01-01", Guarantees(0), "retraction"), "/contracts/K1"),
            ("putReceipt", Receipt("K1-R1", "K1", "2026-01-01", "2026-01-01", Guarantees(0)), "/receipts/K1-R1"));

        Assert.That(CheckTestData.Run(check, last), Is.Empty);
    }

    [Test]
    public void Evaluate_RetractedContractWithCoverOrAmounts_Fails()
    {
        var context = Answer("getContract", Contract("K1", "2026-01-01", "2026-06-01", Guarantees(10), "retraction"), "/contracts/K1");

        var findings = CheckTestData.Run(check, context);

        Assert.Multiple(() =>
        {
            Assert.That(findings.Select(f => f.Message), Has.Some.Contains("cover period"));
            Assert.That(findings.Select(f => f.Message), Has.Some.Contains("fire.premium"));
        });
    }

    [Test]
    public void Evaluate_NegativeReceiptOfRetractedContract_Fails()
    {
        var last = Run(
            ("putContract", Contract("K1", "2026-01-01", "2026-01-01", Guarantees(0), "retraction"), "/contracts/K1"),
            ("listReceipts", List("/portfolios/pf_1/receipts", [Receipt("K1-RX", "K1", "2026-01-01", "2027-01-01", Guarantees(-100))]), "/receipts"));

        Assert.That(CheckTestData.Run(check, last).Select(f => f.Message), Has.Some.Contains("K1-RX"));
    }

    [Test]
    public void Evaluate_NegativeReceiptOfCancelledContract_NoFinding()
    {
        var last = Run(
            ("putContract", Contract("K1", "2026-01-01", "2026-07-01", Guarantees(50), "subscriber_request"), "/contracts/K1"),
            ("putReceipt", Receipt("K1-R2", "K1", "2026-07-01", "2027-01-01", Guarantees(-50)), "/receipts/K1-R2"));

        Assert.That(CheckTestData.Run(check, last), Is.Empty);
    }
}
