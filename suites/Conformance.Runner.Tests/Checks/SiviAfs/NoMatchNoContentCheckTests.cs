using Conformance.Runner.Checks.SiviAfs;

namespace Conformance.Runner.Tests.Checks.SiviAfs;

public sealed class NoMatchNoContentCheckTests
{
    private const string OnePolicy = """{"commonFunctional":[{"entityType":"default"}],"policy":[{"entityType":"policyDetails","refKey":"POL1"}]}""";

    [Test]
    public void Evaluate_204WithoutBody_Passes()
    {
        var context = SiviAfsExchanges.Build("retrievePolicies", 204, null, "/policies?_filter=x", contentType: null);

        Assert.That(SiviAfsExchanges.Run(new NoMatchNoContentCheck(), context), Is.Empty);
    }

    [Test]
    public void Evaluate_200WithDatasets_Passes()
    {
        var context = SiviAfsExchanges.Build("retrievePolicies", 200, OnePolicy, "/policies");

        Assert.That(SiviAfsExchanges.Run(new NoMatchNoContentCheck(), context), Is.Empty);
    }

    [TestCase("""{"policy":[]}""")]
    [TestCase("""{"commonFunctional":[{"entityType":"default"}]}""")]
    public void Evaluate_200WithNoDatasets_Fails(string body)
    {
        var context = SiviAfsExchanges.Build("retrievePolicies", 200, body, "/policies?_filter=x");

        var findings = SiviAfsExchanges.Run(new NoMatchNoContentCheck(), context);

        Assert.That(findings.Single().Message, Does.Contain("must answer 204"));
    }

    [Test]
    public void Evaluate_204WithABody_Fails()
    {
        var context = SiviAfsExchanges.Build("retrievePolicy", 204, "{}", "/policies/POL1?validOn=2000-01-01");

        Assert.That(SiviAfsExchanges.Run(new NoMatchNoContentCheck(), context).Single().Message, Does.Contain("carries a body"));
    }
}
