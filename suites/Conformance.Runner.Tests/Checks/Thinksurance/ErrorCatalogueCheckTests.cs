using Conformance.Runner.Checks.Thinksurance;

namespace Conformance.Runner.Tests.Checks.Thinksurance;

public sealed class ErrorCatalogueCheckTests
{
    private static readonly ErrorCatalogueCheck Check = new();

    [TestCase("addAgencyNumbers", "API User is not existing or deactivated.")]
    [TestCase("addAgencyNumbers", "Missing required field: agencyNumberSets[0].agencyNumbers[1].active")]
    [TestCase("addAgencyNumbers", "externalUniqueId is already in use: uniqueId1")]
    [TestCase("deleteAgencyNumbers", "Agency number not found: agencyNumberSets[0].agencyNumbers[0]")]
    [TestCase("createToken", "API User is not existing or deactivated.")]
    [TestCase("getInquiryNotification", "Inquiry not found.")]
    public void Evaluate_ErrorOfTheCatalogue_Passes(string operationId, string error) =>
        Assert.That(CheckTestData.Run(Check, CheckTestData.Contract("thinksurance", operationId, 200, $$"""{"error":"{{error}}"}""")), Is.Empty);

    [TestCase("addAgencyNumbers", "Something went wrong.")]
    [TestCase("listAgencyNumbers", "Agency number not found: agencyNumberSets[0]")]
    [TestCase("createToken", "Token is invalid or expired.")]
    [TestCase("addAgencyNumbers", "Missing required field: ")]
    public void Evaluate_ErrorOutsideTheCatalogue_Fails(string operationId, string error) =>
        Assert.That(CheckTestData.Run(Check, CheckTestData.Contract("thinksurance", operationId, 200, $$"""{"error":"{{error}}"}""")).Single().InstancePointer, Is.EqualTo("/error"));

    [Test]
    public void AppliesTo_Success_IsFalse() =>
        Assert.That(Check.AppliesTo(CheckTestData.Contract("thinksurance", "addAgencyNumbers", 200, """{"status":"ok"}""")), Is.False);

    [TestCase("Payload too large.", "Payload too large.", true)]
    [TestCase("Unknown field: <field>", "Unknown field: a.b[0]", true)]
    [TestCase("Unknown field: <field>", "Unknown field: ", false)]
    [TestCase("Broker not found.", "Broker not foundx", false)]
    public void Pattern_Entry_MatchesFilledInTextOnly(string entry, string text, bool matches) =>
        Assert.That(ErrorCatalogueCheck.Pattern(entry).IsMatch(text), Is.EqualTo(matches));
}
