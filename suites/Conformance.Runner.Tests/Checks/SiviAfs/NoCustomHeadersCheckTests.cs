using Conformance.Runner.Checks.SiviAfs;

namespace Conformance.Runner.Tests.Checks.SiviAfs;

public sealed class NoCustomHeadersCheckTests
{
    [Test]
    public void Evaluate_StandardHeadersOnly_Passes()
    {
        var context = SiviAfsExchanges.Build("retrievePolicies", 204, null, "/policies", null, null, new("Cache-Control", "no-store"), new("Vary", "Accept"));

        Assert.That(SiviAfsExchanges.Run(new NoCustomHeadersCheck(), context), Is.Empty);
    }

    [Test]
    public void Evaluate_XHeader_FailsNamingIt()
    {
        var context = SiviAfsExchanges.Build("retrievePolicies", 204, null, "/policies", null, null, new("X-Total-Count", "12"), new("x-total-count", "12"));

        Assert.That(SiviAfsExchanges.Run(new NoCustomHeadersCheck(), context).Single().Message, Does.Contain("X-Total-Count"));
    }
}
