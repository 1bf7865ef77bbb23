using Conformance.Runner.Checks.Seyna;
using static Conformance.Runner.Tests.Checks.Seyna.SeynaExchanges;

namespace Conformance.Runner.Tests.Checks.Seyna;

public sealed class ClaimChecksTests
{
    [Test]
    public void ClosedClaimOutstanding_ClosedWithNothingOutstanding_NoFinding()
    {
        Assert.That(CheckTestData.Run(new ClosedClaimOutstandingCheck(), Answer("getClaim", Claim("S1", "closed", 1000, 0), "/claims/S1")), Is.Empty);
    }

    [Test]
    public void ClosedClaimOutstanding_ClosedWithOutstanding_Fails()
    {
        var findings = CheckTestData.Run(new ClosedClaimOutstandingCheck(), Answer("listClaims", List("/portfolios/pf_1/claims", [Claim("S1", "closed", 400, 600)]), "/claims"));

        Assert.That(findings.Single().Message, Does.Contain("fire.outstanding = 600"));
    }

    [Test]
    public void ClosedClaimOutstanding_OpenWithOutstanding_NotJudged()
    {
        Assert.That(CheckTestData.Run(new ClosedClaimOutstandingCheck(), Answer("getClaim", Claim("S1", "open", 400, 600), "/claims/S1")), Is.Empty);
    }

    [Test]
    public void SettlementSum_ClosedClaimWhoseSettlementsAddUp_NoFinding()
    {
        var last = Run(
            ("putSettlement", Settlement("S1-1", "S1", 400), "/settlements/S1-1"),
            ("putSettlement", Settlement("S1-2", "S1", 600), "/settlements/S1-2"),
            ("putClaim", Claim("S1", "closed", 1000, 0), "/claims/S1"));

        Assert.That(CheckTestData.Run(new SettlementSumCheck(), last), Is.Empty);
    }

    [Test]
    public void SettlementSum_ClosedClaimPaidMoreThanSettled_Fails()
    {
        var last = Run(
            ("putSettlement", Settlement("S1-1", "S1", 400), "/settlements/S1-1"),
            ("putClaim", Claim("S1", "closed", 1000, 0), "/claims/S1"));

        Assert.That(CheckTestData.Run(new SettlementSumCheck(), last).Single().Message, Does.Contain("fire.paid = 1000"));
    }
}
