using Conformance.Runner.Checks.Thinksurance;

namespace Conformance.Runner.Tests.Checks.Thinksurance;

public sealed class RefusalStoresNothingCheckTests
{
    private const string Path = "/api/ipn/agency-numbers";
    private const string One = """{"agencyNumberSets":[{"baFinId":"5405","agencyNumbers":[{"agencyNumber":"R-1","defaultForTenders":true,"defaultForCalculations":false,"active":true}]}]}""";
    private const string Two = """{"agencyNumberSets":[{"baFinId":"5405","agencyNumbers":[{"agencyNumber":"R-1","defaultForTenders":true,"defaultForCalculations":false,"active":true}]},{"insurerId":"5036","agencyNumbers":[{"agencyNumber":"R-6","defaultForTenders":false,"defaultForCalculations":false,"active":true}]}]}""";
    private const string Refused = """{"error":"externalUniqueId is already in use: u"}""";
    private const string Added = """{"status":"Broker Api: agency number added succesfully."}""";

    private static readonly RefusalStoresNothingCheck Check = new();

    [Test]
    public void Evaluate_RefusalThenSameListing_Passes() =>
        Assert.That(Check.Evaluate(WorkflowExchanges.Of(
            WorkflowExchanges.Outbound("GET", Path, One),
            WorkflowExchanges.Outbound("POST", Path, Refused),
            WorkflowExchanges.Outbound("DELETE", Path, """{"error":"Agency number not found: agencyNumberSets[0]"}"""),
            WorkflowExchanges.Outbound("GET", Path, One))), Is.Empty);

    [Test]
    public void Evaluate_RefusalThatStoredData_Fails() =>
        Assert.That(Check.Evaluate(WorkflowExchanges.Of(
            WorkflowExchanges.Outbound("GET", Path, One),
            WorkflowExchanges.Outbound("POST", Path, Refused),
            WorkflowExchanges.Outbound("GET", Path, Two))).Single().Message, Does.Contain("s0").And.Contain("s2"));

    [Test]
    public void Evaluate_AcceptedWriteBetween_Passes() =>
        Assert.That(Check.Evaluate(WorkflowExchanges.Of(
            WorkflowExchanges.Outbound("GET", Path, One),
            WorkflowExchanges.Outbound("POST", Path, Refused),
            WorkflowExchanges.Outbound("POST", Path, Added),
            WorkflowExchanges.Outbound("GET", Path, Two))), Is.Empty);

    [Test]
    public void Evaluate_OtherTenantsListing_IsNotCompared() =>
        Assert.That(Check.Evaluate(WorkflowExchanges.Of(
            WorkflowExchanges.Outbound("GET", Path, One, broker: false),
            WorkflowExchanges.Outbound("POST", Path, Refused),
            WorkflowExchanges.Outbound("GET", Path, Two))), Is.Empty);

    [Test]
    public void Evaluate_NoRefusalBetween_ProvesNothing() =>
        Assert.That(Check.Evaluate(WorkflowExchanges.Of(
            WorkflowExchanges.Outbound("GET", Path, One),
            WorkflowExchanges.Outbound("GET", Path, Two))), Is.Empty);
}
