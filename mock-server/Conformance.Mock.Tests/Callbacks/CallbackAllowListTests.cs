using Conformance.Mock.Callbacks;

namespace Conformance.Mock.Tests.Callbacks;

public sealed class CallbackAllowListTests
{
    private readonly CallbackAllowList loopback = new(["127.0.0.0/8", "::1", "localhost"]);

    [TestCase("http://127.0.0.1:9000/hook", true)]
    [TestCase("https://127.10.0.3/hook", true)]
    [TestCase("http://[::1]:8080/x", true)]
    [TestCase("http://localhost:8080/x", true)]
    [TestCase("http://LOCALHOST/x", true)]
    [TestCase("http://10.0.0.1/x", false)]
    [TestCase("http://localhost.evil.example/x", false)]
    [TestCase("http://[::ffff:10.0.0.1]/x", false)]
    [TestCase("ftp://127.0.0.1/x", false)]
    public void IsAllowed_Target_MatchesLoopbackDefaults(string url, bool expected)
    {
        Assert.That(loopback.IsAllowed(new Uri(url)), Is.EqualTo(expected));
    }

    [Test]
    public void Constructor_BadEntry_Throws()
    {
        Assert.That(() => new CallbackAllowList(["not a host/99"]), Throws.ArgumentException);
    }
}
