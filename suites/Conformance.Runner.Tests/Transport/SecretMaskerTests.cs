using Conformance.Runner.Transport;

namespace Conformance.Runner.Tests.Transport;

public sealed class SecretMaskerTests
{
    [TestCase("Authorization", "Bearer eyJhbGciOi.payload.sig", "Bearer ***")]
    [TestCase("authorization", "Basic dXNlcjpwYXNz", "Basic ***")]
    [TestCase("Cookie", "session=abc", "***")]
    [TestCase("Set-Cookie", "session=abc; HttpOnly", "***")]
    [TestCase("X-Api-Token", "t0k3n", "***")]
    [TestCase("X-Api-Key", "k3y", "***")]
    [TestCase("Content-Type", "application/json", "application/json")]
    [TestCase("X-Request-Id", "abc", "abc")]
    public void MaskHeaderValue_Header_MasksSecretsOnly(string name, string value, string expected) =>
        Assert.That(SecretMasker.Patterns.MaskHeaderValue(name, value), Is.EqualTo(expected));

    [Test]
    public void MaskBody_JsonWithSecrets_MasksNestedMembers()
    {
        var masked = SecretMasker.Patterns.MaskBody("""{"username":"u","password":"p","nested":{"access_token":"t","apiKey":"k","items":[{"clientSecret":"s","name":"n"}]}}""");

        Assert.That(masked, Is.EqualTo("""{"username":"u","password":"***","nested":{"access_token":"***","apiKey":"***","items":[{"clientSecret":"***","name":"n"}]}}"""));
    }

    [TestCase("not json at all")]
    [TestCase("{broken")]
    [TestCase("")]
    public void MaskBody_NotJson_IsUnchanged(string body) => Assert.That(SecretMasker.Patterns.MaskBody(body), Is.EqualTo(body));

    [Test]
    public void Outbound_Record_MasksHeadersBodyAndCurl()
    {
        var request = new TransportRequest
        {
            Method = "POST",
            Url = "http://p/token",
            Headers = [new("Authorization", "Bearer secret-jwt")],
            Body = """{"password":"hunter2"}""",
            ContentType = "application/json",
        };

        var record = ExchangeRecorder.Outbound(request, InMemoryTransport.Json(200, """{"access_token":"abc"}"""));

        Assert.That(record.Curl, Does.Not.Contain("secret-jwt").And.Not.Contain("hunter2"));
        Assert.That(record.Curl, Is.EqualTo("""curl -i -X POST 'http://p/token' -H 'Authorization: Bearer ***' -H 'Content-Type: application/json' --data-raw '{"password":"***"}'"""));
        Assert.That(record.Response!.Body, Is.EqualTo("""{"access_token":"***"}"""));
    }

    [Test]
    public void Curl_SingleQuoteInBody_IsEscapedForShell()
    {
        var record = ExchangeRecorder.Outbound(new TransportRequest { Method = "POST", Url = "http://p", Body = "it's" }, InMemoryTransport.Json(204, null));

        Assert.That(record.Curl, Does.EndWith("""--data-raw 'it'\''s'"""));
    }

    [Test]
    public void MaskText_KnownValue_IsMaskedWhereverItAppears()
    {
        var masker = new SecretMasker(["client-secret-1"]);
        masker.Add("op-token-0001-issued");

        var masked = masker.MaskText("""{"echo":"client-secret-1","note":"got op-token-0001-issued back"}""");

        Assert.That(masked, Is.EqualTo("""{"echo":"***","note":"got *** back"}"""));
    }

    [Test]
    public void Add_ShortValue_IsNotHuntedElsewhere()
    {
        var masker = new SecretMasker(["abc"]);

        Assert.That(masker.MaskText("abcdef"), Is.EqualTo("abcdef"));
        Assert.That(masker.Known, Is.Empty);
    }

    [Test]
    public void Add_OnTheSharedPatternMasker_Throws() =>
        Assert.That(() => SecretMasker.Patterns.Add("some-secret-value"), Throws.InvalidOperationException);

    [TestCase("""{"hash":"5b1f0c9e2d7a","secret":"s"}""", """{"hash":"***","secret":"***"}""")]
    [TestCase("grant_type=client_credentials&client_secret=abc&scope=read", "grant_type=client_credentials&client_secret=***&scope=read")]
    public void MaskBody_TokenRequestBodies_AreMasked(string body, string expected) =>
        Assert.That(SecretMasker.Patterns.MaskBody(body), Is.EqualTo(expected));

    [Test]
    public void Outbound_CredentialHeadersAddedByTheStage_AreRecordedMasked()
    {
        var request = new TransportRequest { Method = "GET", Url = "http://p/read" };
        var result = InMemoryTransport.Json(200, """{"seen":"oauth-token-0001"}""") with { CredentialHeaders = [new("Authorization", "Bearer oauth-token-0001")] };
        var masker = new SecretMasker(["oauth-token-0001"]);

        var record = ExchangeRecorder.Outbound(request, result, masker);

        Assert.That(record.Request.Headers, Is.EqualTo(new[] { new KeyValuePair<string, string>("Authorization", "Bearer ***") }));
        Assert.That(record.Response!.Body, Is.EqualTo("""{"seen":"***"}"""));
        Assert.That(record.Curl, Does.Not.Contain("oauth-token-0001"));
    }

    [Test]
    public void Redact_RunWithTheRunsMasker_MasksItsKnownValuesInFindings()
    {
        var masker = new SecretMasker(["resolved-password-1"]);
        var api = new Results.ApiRunResult
        {
            ApiId = "a",
            ProviderBaseUrl = "http://p",
            SpecTitle = "t",
            SpecVersion = "1",
            Verdict = Results.Verdict.NotConformant,
            Flows = [],
            GeneratedCases = [],
            Findings = [new Results.Finding { CheckId = "x", Title = "x", Severity = Results.Severity.Error, Message = "echoed resolved-password-1" }],
        };

        var redacted = Runner.Reporting.Redaction.SecretRedactor.Redact(api, masker);

        Assert.That(redacted.Findings.Single().Message, Is.EqualTo("echoed ***"));
    }
}
