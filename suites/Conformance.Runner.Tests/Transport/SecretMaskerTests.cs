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
}
