using Conformance.Runner.Checks.Seyna;
using static Conformance.Runner.Tests.Checks.Seyna.SeynaExchanges;

namespace Conformance.Runner.Tests.Checks.Seyna;

public sealed class ReceiptGuaranteeSumCheckTests
{
    private readonly ReceiptGuaranteeSumCheck check = new();

    [Test]
    public void Evaluate_FinishedContractWhoseReceiptsAddUp_NoFinding()
    {
        var last = Run(
            ("putContract", Contract("K1", "2026-01-01", "2027-01-01", Guarantees(120)), "/contracts/K1"),
            ("putReceipt", Receipt("K1-R1", "K1", "2026-01-01", "2026-07-01", Guarantees(60)), "/receipts/K1-R1"),
            ("putReceipt", Receipt("K1-R2", "K1", "2026-07-01", "2027-01-01", Guarantees(60.005m)), "/receipts/K1-R2"));

        Assert.That(CheckTestData.Run(check, last), Is.Empty);
    }

    [Test]
    public void Evaluate_FinishedContractWhoseReceiptsDoNotAddUp_FailsNamingTheComponent()
    {
        var last = Run(
            ("putContract", Contract("K1", "2026-01-01", "2027-01-01", Guarantees(120)), "/contracts/K1"),
            ("putReceipt", Receipt("K1-R1", "K1", "2026-01-01", "2027-01-01", Guarantees(121)), "/receipts/K1-R1"));

        var findings = CheckTestData.Run(check, last);

        Assert.That(findings.Select(f => f.Message), Has.Some.Contains("fire.premium"));
    }

    [Test]
    public void Evaluate_CancelledContractWithoutOffsettingReceipt_NotFinishedSoNotJudged()
    {
        var last = Run(
            ("putContract", Contract("K1", "2026-01-01", "2027-01-01", Guarantees(365)), "/contracts/K1"),
            ("putReceipt", Receipt("K1-R1", "K1", "2026-01-01", "2027-01-01", Guarantees(365)), "/receipts/K1-R1"),
            ("putContract", Contract("K1", "2026-01-01", "2026-07-01", Guarantees(181)), "/contracts/K1"));

        Assert.That(CheckTestData.Run(check, last), Is.Empty);
    }

    [Test]
    public void Evaluate_UnfinishedContract_NotJudged()
    {
        var last = Run(
            ("putContract", Contract("K1", "2026-01-01", "2027-01-01", Guarantees(120)), "/contracts/K1"),
            ("putReceipt", Receipt("K1-R1", "K1", "2026-01-01", "2026-07-01", Guarantees(60)), "/receipts/K1-R1"));

        Assert.That(CheckTestData.Run(check, last), Is.Empty);
    }

    [Test]
    public void Evaluate_CancelledContractWithOffsettingReceipt_NoFinding()
    {
        var last = Run(
            ("putContract", Contract("K1", "2026-01-01", "2027-01-01", Guarantees(365)), "/contracts/K1"),
            ("putReceipt", Receipt("K1-R1", "K1", "2026-01-01", "2027-01-01", Guarantees(365)), "/receipts/K1-R1"),
            ("putContract", Contract("K1", "2026-01-01", "2026-07-01", Guarantees(181)), "/contracts/K1"),
            ("putReceipt", Receipt("K1-R2", "K1", "2026-07-01", "2027-01-01", Guarantees(-184)), "/receipts/K1-R2"));
        Assert.That(CheckTestData.Run(check, last), Is.Empty);
    }
}
