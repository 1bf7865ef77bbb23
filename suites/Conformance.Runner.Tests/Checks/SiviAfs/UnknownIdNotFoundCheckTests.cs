using Conformance.Runner.Checks.SiviAfs;

namespace Conformance.Runner.Tests.Checks.SiviAfs;

public sealed class UnknownIdNotFoundCheckTests
{
    [Test]
    public void Evaluate_404ForAnUnknownId_Passes()
    {
        var context = SiviAfsExchanges.Build("retrievePolicy", 404, SiviAfsExchanges.Error("404", "20"), "/policies/unknown-id-00");

        Assert.That(SiviAfsExchanges.Run(new UnknownIdNotFoundCheck(), context), Is.Empty);
    }

    [Test]
    public void Evaluate_400ForABadValidOnOfAKnownId_Passes()
    {
        var context = SiviAfsExchanges.Build("retrievePolicy", 400, SiviAfsExchanges.Error("400", "02"), "/policies/POL0000001?validOn=never");

        Assert.That(SiviAfsExchanges.Run(new UnknownIdNotFoundCheck(), context), Is.Empty);
    }

    [Test]
    public void Evaluate_400ForAGetWithOnlyItsId_Fails()
    {
        var context = SiviAfsExchanges.Build("retrievePolicy", 400, SiviAfsExchanges.Error("400", "01"), "/policies/unknown-id-00");

        Assert.That(SiviAfsExchanges.Run(new UnknownIdNotFoundCheck(), context).Single().Message, Does.Contain("404"));
    }

    [Test]
    public void Evaluate_400ForAnIdOutsideThePattern_Fails()
    {
        var context = SiviAfsExchanges.Build("changePolicyPartially", 400, SiviAfsExchanges.Error("400", "01"), "/policies/not.an.id/change");

        Assert.That(SiviAfsExchanges.Run(new UnknownIdNotFoundCheck(), context).Single().Message, Does.Contain("breaks its pattern"));
    }

    [TestCase("/policies/{policyId}/change", "/proxy/afs/policies/POL1/change", "POL1")]
    [TestCase("/policies/{policyId}", "/sivi-afs/v1/policies/a%20b", "a%20b")]
    public void PathValues_AnyPrefix_ReadsTheIdFromTheTemplatesSegments(string template, string path, string id)
    {
        Assert.That(UnknownIdNotFoundCheck.PathValues(template, path).Values, Is.EqualTo(new[] { id }));
    }

    [Test]
    public void PathValues_PathOfAnotherTemplate_IsEmpty()
    {
        Assert.That(UnknownIdNotFoundCheck.PathValues("/policies/{policyId}/change", "/policies/POL1/termination"), Is.Empty);
    }
}
