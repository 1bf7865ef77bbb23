using Conformance.Runner.Checks;

namespace Conformance.Runner.Tests.Checks;

public sealed class ExchangeCheckTests
{
    private const string Item = """{"id":"C1","status":120}""";
    private const string Problem = """{"type":"about:blank","title":"Bad","status":400,"detail":"x"}""";

    [Test]
    public void StatusCode_Documented_Passes() =>
        Assert.That(CheckTestData.Run(new StatusCodeConformanceCheck(), CheckTestData.Outbound("getItem", 200, Item)), Is.Empty);

    [Test]
    public void StatusCode_Undocumented_FailsNamingDocumented()
    {
        var findings = CheckTestData.Run(new StatusCodeConformanceCheck(), CheckTestData.Outbound("getItem", 500, "{}"));

        Assert.That(findings.Single().Message, Does.Contain("500").And.Contain("200"));
        Assert.That(findings.Single().SpecReference, Is.EqualTo("/paths/~1item~1{itemId}/get/responses"));
    }

    [Test]
    public void ContentType_Documented_Passes() =>
        Assert.That(CheckTestData.Run(new ContentTypeConformanceCheck(), CheckTestData.Outbound("getItem", 200, Item, "application/json; charset=utf-8")), Is.Empty);

    [Test]
    public void ContentType_Undocumented_Fails()
    {
        var findings = CheckTestData.Run(new ContentTypeConformanceCheck(), CheckTestData.Outbound("getItem", 200, "<html/>", "text/html"));

        Assert.That(findings.Single().Message, Does.Contain("text/html"));
    }

    [Test]
    public void ContentType_BodyWithoutHeader_Fails() =>
        Assert.That(CheckTestData.Run(new ContentTypeConformanceCheck(), CheckTestData.Outbound("getItem", 200, Item, null)), Has.Count.EqualTo(1));

    [Test]
    public void ResponseHeaders_RequiredPresent_Passes() =>
        Assert.That(CheckTestData.Run(new ResponseHeadersConformanceCheck(), CheckTestData.Outbound("createItem", 201, Item, "application/json", new KeyValuePair<string, string>("location", "/item/C1"))), Is.Empty);

    [Test]
    public void ResponseHeaders_RequiredMissing_Fails()
    {
        var findings = CheckTestData.Run(new ResponseHeadersConformanceCheck(), CheckTestData.Outbound("createItem", 201, Item));

        Assert.That(findings.Single().Message, Does.Contain("Location"));
    }

    [Test]
    public void ResponseSchema_ValidBody_Passes() =>
        Assert.That(CheckTestData.Run(new ResponseSchemaConformanceCheck(), CheckTestData.Outbound("getItem", 200, Item)), Is.Empty);

    [TestCase("""{"id":"C1"}""", "status")]
    [TestCase("""{"id":"C1","status":"120"}""", "status")]
    [TestCase("""{"id":"C1","status":120,"extra":1}""", "extra")]
    [TestCase("not json", "not JSON")]
    public void ResponseSchema_InvalidBody_Fails(string body, string mentioned)
    {
        var findings = CheckTestData.Run(new ResponseSchemaConformanceCheck(), CheckTestData.Outbound("getItem", 200, body));

        Assert.That(findings, Is.Not.Empty);
        Assert.That(findings.Select(f => f.Message + f.InstancePointer), Has.Some.Contains(mentioned));
    }

    [TestCase("")]
    [TestCase(null)]
    public void ResponseSchema_EmptyBodyWhereJsonDocumented_FailsNamingTheMissingBody(string? body)
    {
        var findings = CheckTestData.Run(new ResponseSchemaConformanceCheck(), CheckTestData.Outbound("getItem", 200, body));

        Assert.That(findings.Single().Message, Is.EqualTo("status 200 documents a JSON body (application/json), but the body is empty: an empty body is not valid JSON"));
    }

    [Test]
    public void ResponseSchema_EmptyAnswerToHead_NotApplicable()
    {
        var context = CheckTestData.Outbound("getItem", 200, null);
        var head = new ExchangeContext(context.Spec, context.Operation, context.Exchange with { Request = context.Exchange.Request with { Method = "HEAD" } });

        Assert.That(new ResponseSchemaConformanceCheck().AppliesTo(head), Is.False);
    }

    [Test]
    public void ErrorBody_ProperProblem_Passes() =>
        Assert.That(CheckTestData.Run(new ErrorBodyConformanceCheck(), CheckTestData.Outbound("getItem", 400, Problem, "application/problem+json")), Is.Empty);

    [TestCase(Problem, "application/json", "not application/problem+json")]
    [TestCase("""{"title":"Bad","status":404}""", "application/problem+json", "'/status' is 404")]
    [TestCase("""{"title":7,"status":400}""", "application/problem+json", "title")]
    [TestCase("oops", "application/problem+json", "no JSON body")]
    public void ErrorBody_BadProblem_Fails(string body, string contentType, string message)
    {
        var findings = CheckTestData.Run(new ErrorBodyConformanceCheck(), CheckTestData.Outbound("getItem", 400, body, contentType));

        Assert.That(findings.Single().Message, Does.Contain(message));
    }

    [Test]
    public void ErrorBody_SuccessResponse_DoesNotApply() =>
        Assert.That(new ErrorBodyConformanceCheck().AppliesTo(CheckTestData.Outbound("getItem", 200, Item)), Is.False);

    [Test]
    public void CallbackRequest_ValidCallback_Passes() =>
        Assert.That(CheckTestData.Run(new CallbackRequestConformanceCheck(), CheckTestData.Callback("POST", """{"id":"C1","status":130}""")), Is.Empty);

    [TestCase("POST", """{"id":"C1"}""", "application/json", "status")]
    [TestCase("POST", "{broken", "application/json", "not JSON")]
    [TestCase("POST", """{"id":"C1","status":1}""", "text/plain", "text/plain")]
    [TestCase("PUT", """{"id":"C1","status":1}""", "application/json", "PUT")]
    [TestCase("POST", null, "application/json", "no body")]
    public void CallbackRequest_BadCallback_Fails(string method, string? body, string contentType, string message)
    {
        var findings = CheckTestData.Run(new CallbackRequestConformanceCheck(), CheckTestData.Callback(method, body, contentType));

        Assert.That(findings.Select(f => f.Message), Has.Some.Contains(message));
    }

    [Test]
    public void Catalogue_Discovery_IsSortedWithUniqueIds()
    {
        var ids = CheckCatalogue.Default.All.Select(c => c.Id).ToList();

        Assert.That(ids, Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
        Assert.That(ids, Is.Unique);
        Assert.That(ids, Is.SupersetOf(new[]
        {
            "status_code_conformance", "content_type_conformance", "response_headers_conformance", "response_schema_conformance",
            "error_body_conformance", "pagination_conformance", "finum_id_list_answer", "callback_request_conformance", "callback_received", "flow_success_criteria", "auth_required",
            "negative_data_rejection", "positive_data_acceptance", "undocumented_method_rejection", "workflow_inputs_valid", "provider_reachable",
        }));
        Assert.That(ids, Has.All.Match("^[a-z]+(_[a-z]+)*$"));
    }

    [Test]
    public void Catalogue_Markdown_MatchesDocsChecksFile()
    {
        var path = Path.Combine(Support.RepoPaths.Root, "docs", "checks.md");
        var expected = CheckCatalogue.Default.ToMarkdown();
        if (Environment.GetEnvironmentVariable("CONFORMANCE_UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.That(File.ReadAllText(path), Is.EqualTo(expected), "docs/checks.md is stale: run the tests once with CONFORMANCE_UPDATE_SNAPSHOTS=1");
    }
}
