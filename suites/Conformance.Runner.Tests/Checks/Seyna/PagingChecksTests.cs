using System.Text.Json.Nodes;
using Conformance.Runner.Checks.Seyna;
using static Conformance.Runner.Tests.Checks.Seyna.SeynaExchanges;

namespace Conformance.Runner.Tests.Checks.Seyna;

public sealed class PagingChecksTests
{
    private readonly CursorPagingCheck paging = new();

    private static JsonObject Page(string next, params string[] ids) =>
        List("/portfolios/pf_1/contracts", ids.Select(id => Contract(id, "2026-01-01", "2027-01-01", Guarantees(1))), next.Length == 0 ? null : next);

    [Test]
    public void CursorPaging_TraversalInOrderEachItemOnce_NoFinding()
    {
        var last = Run(
            ("listContracts", Page("c1", "A", "B"), "/contracts?limit=2"),
            ("listContracts", Page("c2", "C", "D"), "/contracts?limit=2&from=c1"),
            ("listContracts", Page("", "E"), "/contracts?limit=2&from=c2"));

        Assert.That(CheckTestData.Run(paging, last), Is.Empty);
    }

    [Test]
    public void CursorPaging_PageRepeatsAnItem_Fails()
    {
        var last = Run(
            ("listContracts", Page("c1", "A", "B"), "/contracts?limit=2"),
            ("listContracts", Page("", "B", "C"), "/contracts?limit=2&from=c1"));

        Assert.That(CheckTestData.Run(paging, last).Select(f => f.Message), Has.Some.Contains("already served"));
    }

    [Test]
    public void CursorPaging_DescendingPageOutOfOrder_Fails()
    {
        var last = Run(
            ("listContracts", Page("c1", "D", "C"), "/contracts?limit=2&sort=desc"),
            ("listContracts", Page("", "E"), "/contracts?limit=2&sort=desc&from=c1"));

        Assert.That(CheckTestData.Run(paging, last).Select(f => f.Message), Has.Some.Contains("does not follow"));
    }

    [Test]
    public void CursorPaging_EmptyPageAfterACursor_Fails()
    {
        var context = Answer("listContracts", Page(""), "/contracts?from=c1");

        Assert.That(CheckTestData.Run(paging, context).Single().Message, Does.Contain("empty"));
    }

    [Test]
    public void CursorPaging_EmptyPageWithNext_Fails()
    {
        Assert.That(CheckTestData.Run(paging, Answer("listContracts", Page("c9"), "/contracts")), Has.Count.EqualTo(1));
    }

    [TestCase("/portfolios/pf_1/contracts", true)]
    [TestCase("/seyna/v2/portfolios/pf_1/contracts", false)]
    [TestCase("/portfolios/pf_1/contracts?limit=2", false)]
    public void ListUrl_UrlAgainstRequestPath_PassesOnlyTheRelativePath(string url, bool passes)
    {
        var context = Answer("listContracts", List(url, []), "/contracts?limit=2");

        Assert.That(CheckTestData.Run(new ListUrlCheck(), context), passes ? Is.Empty : Has.Count.EqualTo(1));
    }

    [Test]
    public void SettlementAlias_SameItems_NoFindingAndOtherItems_Fails()
    {
        var canonical = ("listSettlementVersions", (JsonNode)List("/portfolios/pf_1/settlement-versions", [Settlement("S1-1", "S1", 5)]), "/settlement-versions?limit=5");
        var same = Run(canonical, ("listSettlementEvents", List("/portfolios/pf_1/settlement-events", [Settlement("S1-1", "S1", 5)]), "/settlement-events?limit=5"));
        var other = Run(canonical, ("listSettlementEvents", List("/portfolios/pf_1/settlement-events", [Settlement("S1-1", "S1", 6)]), "/settlement-events?limit=5"));

        Assert.Multiple(() =>
        {
            Assert.That(CheckTestData.Run(new SettlementAliasCheck(), same), Is.Empty);
            Assert.That(CheckTestData.Run(new SettlementAliasCheck(), other), Has.Count.EqualTo(1));
        });
    }
}
