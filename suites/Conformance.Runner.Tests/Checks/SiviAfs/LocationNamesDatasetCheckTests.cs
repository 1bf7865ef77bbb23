using Conformance.Runner.Checks.SiviAfs;

namespace Conformance.Runner.Tests.Checks.SiviAfs;

public sealed class LocationNamesDatasetCheckTests
{
    private const string Stored = """{"commonFunctional":[{"entityType":"default"}],"policy":[{"entityType":"policyDetails","refKey":"POL0000051"}],"party":[{"entityType":"policyHolder","refKey":"POL0000051-party-1"}]}""";

    [TestCase("/sivi-afs/v1/policies/POL0000051")]
    [TestCase("https://gateway.example.nl/afs/policies/POL0000051")]
    public void Evaluate_LocationOfTheStoredId_Passes(string location)
    {
        var context = SiviAfsExchanges.Build("newPolicy", 201, Stored, "/policies", "application/json; version=3", null, new KeyValuePair<string, string>("Location", location));

        Assert.That(SiviAfsExchanges.Run(new LocationNamesDatasetCheck(), context), Is.Empty);
    }

    [TestCase("/sivi-afs/v1/policies/POL0000050", "not the refKey")]
    [TestCase("/sivi-afs/v1/claims/POL0000051", "not an item path")]
    [TestCase("/sivi-afs/v1/policies", "not an item path")]
    public void Evaluate_LocationOfSomethingElse_Fails(string location, string message)
    {
        var context = SiviAfsExchanges.Build("newPolicy", 201, Stored, "/policies", "application/json; version=3", null, new KeyValuePair<string, string>("Location", location));

        Assert.That(SiviAfsExchanges.Run(new LocationNamesDatasetCheck(), context).Single().Message, Does.Contain(message));
    }
}
