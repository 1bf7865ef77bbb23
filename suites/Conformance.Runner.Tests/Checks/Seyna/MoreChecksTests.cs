using System.Text.Json.Nodes;
using Conformance.Runner.Checks;
using Conformance.Runner.Checks.Seyna;
using Conformance.Runner.Results;
using Conformance.Runner.Tests.Support;
using static Conformance.Runner.Tests.Checks.Seyna.SeynaExchanges;

namespace Conformance.Runner.Tests.Checks.Seyna;

public sealed class MoreChecksTests
{
    [TestCase(401, 401, "authentication_error", 0)]
    [TestCase(401, 400, "authentication_error", 1)]
    [TestCase(404, 404, "invalid_request", 1)]
    [TestCase(409, 409, "conflict", 0)]
    public void ErrorStatus_StatusAndType_AgainstTheHttpStatus(int http, int status, string type, int findings)
    {
        var body = new JsonObject { ["object"] = "error", ["status"] = status, ["type"] = type, ["msg"] = "m" };
        var context = CheckTestData.Contract("seyna", "getContract", http, body.ToJsonString(), Base + "/contracts/K1");

        Assert.That(CheckTestData.Run(new ErrorStatusCheck(), context), Has.Count.EqualTo(findings));
    }

    [TestCase("/seyna/v2/portfolios/pf_1/contracts/K1", 0)]
    [TestCase("http://p/seyna/v2/portfolios/pf_1/contracts/K1", 0)]
    [TestCase("/portfolios/pf_1/contracts/K1", 1)]
    [TestCase("/seyna/v2/portfolios/pf_1/contracts/OTHER", 1)]
    public void Location_Created_MustNameThePutUrl(string location, int findings)
    {
        var spec = Contracts.Load("seyna");
        var exchange = new ExchangeRecord
        {
            Direction = ExchangeDirection.Outbound,
            Request = new HttpRequestRecord { Method = "PUT", Url = Base + "/contracts/K1", Headers = [] },
            Response = new HttpResponseRecord { StatusCode = 201, Headers = [new("Location", location)], ContentType = "application/json", Body = "{}", BodyLength = 2 },
            Elapsed = TimeSpan.Zero,
        };

        Assert.That(CheckTestData.Run(new LocationCheck(), new ExchangeContext(spec, spec.FindOperation("putContract"), exchange) { ApiId = "seyna" }), Has.Count.EqualTo(findings));
    }

    [TestCase(400, 0)]
    [TestCase(300, 1)]
    public void SettlementPerPayment_IncreasesAgainstSettlements(decimal settled, int findings)
    {
        var last = Run(
            ("putClaim", Claim("S1", "open", 0, 1000), "/claims/S1"),
            ("putSettlement", Settlement("S1-1", "S1", settled), "/settlements/S1-1"),
            ("putClaim", Claim("S1", "open", 400, 600), "/claims/S1"),
            ("putSettlement", Settlement("S1-2", "S1", 600), "/settlements/S1-2"),
            ("putClaim", Claim("S1", "closed", 1000, 0), "/claims/S1"));

        Assert.That(CheckTestData.Run(new SettlementPerPaymentCheck(), last), Has.Count.EqualTo(findings));
    }

    [TestCase(1000, 0)]
    [TestCase(1100, 1)]
    public void ClaimValue_AgainstFguClaim_WarnsWhenExceeded(decimal outstanding, int findings)
    {
        var claim = Claim("S1", "open", 1000, outstanding);
        var findingsFound = CheckTestData.Run(new ClaimValueCheck(), Answer("getClaim", claim, "/claims/S1"));

        Assert.Multiple(() =>
        {
            Assert.That(findingsFound, Has.Count.EqualTo(findings));
            Assert.That(findingsFound.All(f => f.Severity == Severity.Warning), Is.True);
        });
    }
}
