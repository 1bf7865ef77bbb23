using Conformance.Runner.Checks.SiviAfs;

namespace Conformance.Runner.Tests.Checks.SiviAfs;

public sealed class ErrorCodeStatusCheckTests
{
    [TestCase(400, "02")]
    [TestCase(401, "10")]
    [TestCase(404, "20")]
    [TestCase(406, "22")]
    public void Evaluate_CodeOfItsStatus_Passes(int status, string code)
    {
        var context = SiviAfsExchanges.Build("retrievePolicy", status, SiviAfsExchanges.Error(status.ToString(System.Globalization.CultureInfo.InvariantCulture), code), "/policies/POL1");

        Assert.That(SiviAfsExchanges.Run(new ErrorCodeStatusCheck(), context), Is.Empty);
    }

    [TestCase(400, "20")]
    [TestCase(404, "02")]
    [TestCase(403, "10")]
    public void Evaluate_CodeOfAnotherStatus_Fails(int status, string code)
    {
        var context = SiviAfsExchanges.Build("retrievePolicy", status, SiviAfsExchanges.Error(status.ToString(System.Globalization.CultureInfo.InvariantCulture), code), "/policies/POL1");

        var findings = SiviAfsExchanges.Run(new ErrorCodeStatusCheck(), context);

        Assert.That(findings.Single().InstancePointer, Is.EqualTo("/error/0/errorCode"));
    }
}
