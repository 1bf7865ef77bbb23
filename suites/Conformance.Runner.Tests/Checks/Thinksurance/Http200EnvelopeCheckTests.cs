using Conformance.Runner.Checks.Thinksurance;

namespace Conformance.Runner.Tests.Checks.Thinksurance;

public sealed class Http200EnvelopeCheckTests
{
    private static readonly Http200EnvelopeCheck Check = new();

    [Test]
    public void Evaluate_SuccessWithStatus_Passes() =>
        Assert.That(CheckTestData.Run(Check, CheckTestData.Contract("thinksurance", "addAgencyNumbers", 200, """{"status":"Broker Api: agency number added succesfully."}""")), Is.Empty);

    [Test]
    public void Evaluate_FailureAsHttp200Error_Passes() =>
        Assert.That(CheckTestData.Run(Check, CheckTestData.Contract("thinksurance", "addAgencyNumbers", 200, """{"error":"Token is invalid or expired."}""")), Is.Empty);

    [Test]
    public void Evaluate_DataAnswerWithoutStatus_Passes() =>
        Assert.That(CheckTestData.Run(Check, CheckTestData.Contract("thinksurance", "listAgencyNumbers", 200, """{"agencyNumberSets":[]}""")), Is.Empty);

    [TestCase(400)]
    [TestCase(401)]
    [TestCase(404)]
    public void Evaluate_FailureAsHttpError_Fails(int status) =>
        Assert.That(CheckTestData.Run(Check, CheckTestData.Contract("thinksurance", "addAgencyNumbers", status, """{"error":"Token is invalid or expired."}""")).Single().Message, Does.Contain($"HTTP {status}"));

    [Test]
    public void Evaluate_StatusAndError_Fails() =>
        Assert.That(CheckTestData.Run(Check, CheckTestData.Contract("thinksurance", "createBroker", 200, """{"status":"x","error":"Broker already exists."}""")).Single().Message, Does.Contain("both"));

    [Test]
    public void Evaluate_StatusOperationAnsweringNeither_Fails() =>
        Assert.That(CheckTestData.Run(Check, CheckTestData.Contract("thinksurance", "deleteAgencyNumbers", 200, """{"deleted":1}""")).Single().Message, Does.Contain("neither"));

    [Test]
    public void Evaluate_NotAJsonObject_Fails() =>
        Assert.That(CheckTestData.Run(Check, CheckTestData.Contract("thinksurance", "listAgencyNumbers", 200, "[]")), Has.Count.EqualTo(1));
}
