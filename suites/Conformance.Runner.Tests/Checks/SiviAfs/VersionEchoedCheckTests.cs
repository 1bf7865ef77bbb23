using Conformance.Runner.Checks.SiviAfs;

namespace Conformance.Runner.Tests.Checks.SiviAfs;

public sealed class VersionEchoedCheckTests
{
    private const string Body = """{"commonFunctional":[{"entityType":"default"}],"policy":[{"entityType":"policyDetails","refKey":"POL1"}]}""";

    [TestCase(null, "application/json; version=3")]
    [TestCase("application/json; version=3", "application/json; version=3")]
    [TestCase("application/json; version=2", "application/json; version=2; charset=utf-8")]
    [TestCase("application/json; version=1", "application/json; version=2")]
    [TestCase("application/json; version=8", "application/json; version=3")]
    [TestCase("text/html, application/json; version=2", "application/json;version=2")]
    public void Evaluate_NegotiatedVersionEchoed_Passes(string? accept, string contentType)
    {
        var context = SiviAfsExchanges.Build("retrievePolicies", 200, Body, "/policies", contentType, accept);

        Assert.That(SiviAfsExchanges.Run(new VersionEchoedCheck(), context), Is.Empty);
    }

    [Test]
    public void Evaluate_NoVersionInContentType_Fails()
    {
        var context = SiviAfsExchanges.Build("retrievePolicies", 200, Body, "/policies", "application/json", "application/json; version=2");

        Assert.That(SiviAfsExchanges.Run(new VersionEchoedCheck(), context).Single().Message, Does.Contain("does not echo"));
    }

    [TestCase("application/json; version=1", "application/json; version=3")]
    [TestCase("application/json; version=2", "application/json; version=3")]
    [TestCase(null, "application/json; version=2")]
    public void Evaluate_AnotherVersionThanTheRulesGive_Fails(string? accept, string contentType)
    {
        var context = SiviAfsExchanges.Build("retrievePolicies", 200, Body, "/policies", contentType, accept);

        Assert.That(SiviAfsExchanges.Run(new VersionEchoedCheck(), context).Single().Message, Does.Contain("by the rules"));
    }

    [Test]
    public void AppliesTo_TokenEndpointWithoutVersionedMediaTypes_IsFalse()
    {
        var context = SiviAfsExchanges.Build("requestAccessToken", 200, """{"access_token":"a","token_type":"Bearer","expires_in":1,"scope":"afs.read"}""", "/oauth/token", "application/json");

        Assert.That(new VersionEchoedCheck().AppliesTo(context), Is.False);
    }

    [TestCase(null, 3)]
    [TestCase("application/json; version=1", 2)]
    [TestCase("*/*; version=2", 2)]
    [TestCase("application/json; version=x", 3)]
    public void Expected_Accept_ResolvesAgainstTheServedVersions(string? accept, int expected)
    {
        Assert.That(VersionEchoedCheck.Expected(accept, [2, 3]), Is.EqualTo(expected));
    }
}
