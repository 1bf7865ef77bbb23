using Conformance.Runner.Checks;
using Conformance.Runner.Checks.Finum;
using Conformance.Runner.Engine;

namespace Conformance.Runner.Tests.Checks;

/// <summary>The generic checks that read each contract's <c>x-conformance</c>, on exchanges of the shipped contracts.</summary>
public sealed class ConventionCheckTests
{
    private const string SiviError = """{"error":[{"entityType":"default","httpStatus":"400","errorCode":"02","errorCodeExplanation":"Invalid query parameter.","errorDescription":"limit is 0"}]}""";

    [Test]
    public void ErrorBody_SiviAfdErrorEntity_Passes() =>
        Assert.That(CheckTestData.Run(new ErrorBodyConformanceCheck(), CheckTestData.Contract("sivi-afs", "retrievePolicies", 400, SiviError, contentType: "application/json; version=3")), Is.Empty);

    [Test]
    public void ErrorBody_SiviHttpStatusNotTheStatus_FailsAtTheMember()
    {
        var findings = CheckTestData.Run(new ErrorBodyConformanceCheck(), CheckTestData.Contract("sivi-afs", "retrievePolicies", 401, SiviError.Replace("\"02\"", "\"10\"", StringComparison.Ordinal)));

        Assert.That(findings.Select(f => f.InstancePointer), Is.EqualTo(new[] { "/error/0/httpStatus" }));
    }

    [Test]
    public void ErrorBody_SiviTokenEndpoint_IsExcepted() =>
        Assert.That(new ErrorBodyConformanceCheck().AppliesTo(CheckTestData.Contract("sivi-afs", "requestAccessToken", 400, """{"error":"invalid_client"}""")), Is.False);

    [Test]
    public void ErrorBody_SeynaErrorWithWrongStatus_Fails()
    {
        var findings = CheckTestData.Run(new ErrorBodyConformanceCheck(), CheckTestData.Contract("seyna", "getContract", 404, """{"object":"error","status":400,"type":"not_found","msg":"no such contract"}"""));

        Assert.That(findings.Single().Message, Does.Contain("'/status' is 400"));
    }

    [Test]
    public void ErrorBody_ThinksuranceHttp200Error_Passes() =>
        Assert.That(CheckTestData.Run(new ErrorBodyConformanceCheck(), CheckTestData.Contract("thinksurance", "listAgencyNumbers", 200, """{"error":"Token is invalid or expired."}""")), Is.Empty);

    [Test]
    public void ErrorBody_ThinksuranceErrorNotAString_FailsTheSchema() =>
        Assert.That(CheckTestData.Run(new ErrorBodyConformanceCheck(), CheckTestData.Contract("thinksurance", "listAgencyNumbers", 200, """{"error":5}""")), Is.Not.Empty);

    [Test]
    public void ErrorBody_ThinksuranceSuccess_DoesNotApply() =>
        Assert.That(new ErrorBodyConformanceCheck().AppliesTo(CheckTestData.Contract("thinksurance", "listAgencyNumbers", 200, """{"agencyNumberSets":[]}""")), Is.False);

    [Test]
    public void ErrorBody_FinumErrorAsPlainJson_FailsTheMediaType()
    {
        var findings = CheckTestData.Run(new ErrorBodyConformanceCheck(), CheckTestData.Contract("finum", "listClients", 401, """{"type":"about:blank","title":"x","status":401,"detail":"x"}"""));

        Assert.That(findings.Single().Message, Does.Contain("not application/problem+json"));
    }

    [Test]
    public void Pagination_SeynaPageOverTheDefaultLimit_Fails()
    {
        var data = string.Join(",", Enumerable.Repeat("{}", 11));
        var findings = CheckTestData.Run(new PaginationConformanceCheck(), CheckTestData.Contract("seyna", "listPortfolios", 200, $$"""{"object":"list","url":"/portfolios","data":[{{data}}]}"""));

        Assert.That(findings.Single().Message, Does.Contain("11 items").And.Contain("page size 10"));
    }

    [Test]
    public void Pagination_SeynaPageWithinTheLimitSent_Passes()
    {
        var data = string.Join(",", Enumerable.Repeat("{}", 11));
        var context = CheckTestData.Contract("seyna", "listPortfolios", 200, $$"""{"object":"list","url":"/portfolios","data":[{{data}}],"next":"c2"}""", "http://p/seyna/v2/portfolios?limit=20");

        Assert.That(CheckTestData.Run(new PaginationConformanceCheck(), context), Is.Empty);
    }

    [Test]
    public void Pagination_SeynaNextNotACursor_Fails()
    {
        var findings = CheckTestData.Run(new PaginationConformanceCheck(), CheckTestData.Contract("seyna", "listPortfolios", 200, """{"object":"list","url":"/portfolios","data":[],"next":7}"""));

        Assert.That(findings.Single().Message, Does.Contain("'/next' must be a non-empty cursor string"));
    }

    [Test]
    public void Pagination_SiviPageCountsTheOperationsMainEntity()
    {
        var claims = string.Join(",", Enumerable.Repeat("{}", 3));
        var context = CheckTestData.Contract("sivi-afs", "retrieveClaims", 200, $$"""{"claim":[{{claims}}],"party":[{},{},{},{},{}]}""", "http://p/sivi-afs/v1/claims?limit=3");

        Assert.That(CheckTestData.Run(new PaginationConformanceCheck(), context), Is.Empty);
    }

    [Test]
    public void Pagination_FinumWithoutPaging_DoesNotApply() =>
        Assert.That(new PaginationConformanceCheck().AppliesTo(CheckTestData.Contract("finum", "listClients", 200, "[]", "http://p/finum/v1/client-list?id-list=K1&limit=1")), Is.False);

    [Test]
    public void FinumIdList_UnrequestedAndDuplicateRecords_Fail()
    {
        var context = CheckTestData.Contract("finum", "listClients", 200, """[{"id":"K1"},{"id":"K3"},{"id":"K1"}]""", "http://p/finum/v1/client-list?id-list=K1%2CK2");

        var findings = CheckTestData.Run(new IdListAnswerCheck(), context);

        Assert.That(findings.Select(f => (f.Message, f.InstancePointer)), Is.EqualTo(new[]
        {
            ("record 'K3' was not asked for in id-list", "/1/id"),
            ("record 'K1' is served more than once", "/2/id"),
        }));
    }

    [Test]
    public void FinumIdList_RequestedSubsetOnce_Passes() =>
        Assert.That(CheckTestData.Run(new IdListAnswerCheck(), CheckTestData.Contract("finum", "listClients", 200, """[{"id":"K2"}]""", "http://p/finum/v1/client-list?id-list=K1,K2,K2")), Is.Empty);

    [Test]
    public void ExchangeChecker_ApiCheck_RunsOnlyOnItsOwnApi()
    {
        var finum = CheckTestData.Contract("finum", "listClients", 200, """[{"id":"K3"}]""", "http://p/finum/v1/client-list?id-list=K1");
        var other = new Conformance.Runner.Checks.ExchangeContext(finum.Spec, finum.Operation, finum.Exchange) { ApiId = "seyna" };

        Assert.Multiple(() =>
        {
            Assert.That(ExchangeChecker.Run(CheckCatalogue.Default, finum).Select(f => f.CheckId), Does.Contain("finum_id_list_answer"));
            Assert.That(ExchangeChecker.Run(CheckCatalogue.Default, other).Select(f => f.CheckId), Does.Not.Contain("finum_id_list_answer"));
        });
    }

    [Test]
    public void ExchangeChecker_StepSkippingAFormerId_SkipsTheCheckThatReplacedIt()
    {
        var context = CheckTestData.Contract("finum", "listClients", 401, """{"title":"x"}""");

        Assert.Multiple(() =>
        {
            Assert.That(ExchangeChecker.Run(CheckCatalogue.Default, context).Select(f => f.CheckId), Does.Contain("error_body_conformance"));
            Assert.That(ExchangeChecker.Run(CheckCatalogue.Default, context, ["problem_details_conformance"]).Select(f => f.CheckId), Does.Not.Contain("error_body_conformance"));
        });
    }
}
