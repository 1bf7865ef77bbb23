using Conformance.Runner.Tests.Support;
using Conformance.Runner.Transport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Conformance.Runner.Tests.Transport;

public sealed class RestSharpTransportTests
{
    [Test]
    public async Task SendAsync_QueryAndHeaders_ArriveUnchanged()
    {
        using var provider = StubProvider.Start();
        provider.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(201));
        using var transport = new RestSharpTransport();

        var result = await transport.SendAsync(new TransportRequest
        {
            Method = "POST",
            Url = provider.Url + "/x?id-list=C1,C2&since=1970-01-01T00%3A00%3A00Z",
            Headers = [new("X-Trace", "t-1")],
            Body = """{"a":1}""",
            ContentType = "application/json",
        }, CancellationToken.None);

        var seen = provider.LogEntries.Single().RequestMessage!;
        Assert.That(result.StatusCode, Is.EqualTo(201));
        Assert.That(seen.RawQuery, Is.EqualTo("?id-list=C1,C2&since=1970-01-01T00%3A00%3A00Z"));
        Assert.That(seen.Headers!["X-Trace"].ToString(), Is.EqualTo("t-1"));
        Assert.That(seen.Body, Is.EqualTo("""{"a":1}"""));
    }

    [Test]
    public async Task SendAsync_Redirect_IsNotFollowed()
    {
        using var provider = StubProvider.Start();
        provider.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(302).WithHeader("Location", "/elsewhere"));
        using var transport = new RestSharpTransport();

        var result = await transport.SendAsync(new TransportRequest { Method = "GET", Url = provider.Url + "/x" }, CancellationToken.None);

        Assert.That(result.StatusCode, Is.EqualTo(302));
        Assert.That(result.Headers, Does.Contain(new KeyValuePair<string, string>("Location", "/elsewhere")));
    }

    [Test]
    public async Task SendAsync_BodyOverCap_IsTruncatedAndFlagged()
    {
        using var provider = StubProvider.Start();
        provider.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithBody(new byte[5000]));
        using var transport = new RestSharpTransport(new TransportOptions { MaxBodyBytes = 1000 });

        var result = await transport.SendAsync(new TransportRequest { Method = "GET", Url = provider.Url + "/x" }, CancellationToken.None);

        Assert.That(result.Body, Has.Length.EqualTo(1000));
        Assert.That(result.BodyTruncated, Is.True);
    }

    [Test]
    public async Task SendAsync_NobodyListening_IsConnectionRefused()
    {
        using var transport = new RestSharpTransport();

        var result = await transport.SendAsync(new TransportRequest { Method = "GET", Url = TestProvider.DeadUrl() + "/x" }, CancellationToken.None);

        Assert.That(result.StatusCode, Is.Null);
        Assert.That(result.Error, Is.EqualTo(TransportErrorKind.ConnectionRefused));
    }
}
