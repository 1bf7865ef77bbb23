using Conformance.Mock.Hosting;
using Conformance.Mock.Tests.Support;

namespace Conformance.Mock.Tests.Apis.Finum;

/// <summary>FiNUM's own option, given as a module setting, drives its lifecycle on the provider clock.</summary>
public sealed class FinumOptionsTests : FinumTestBase
{
    protected override ReferenceProviderOptions Options =>
        base.Options.WithModuleSetting("finum", "proposalDelay", "7s");

    [Test]
    public async Task Proposal_WithProposalDelayOption_MovesAfterThatDelayNotSeedYamls()
    {
        var id = (await CreateProposalAsync())["id"]!.GetValue<string>();

        await AdvanceAsync(6);
        var before = (await ContractAsync(id))["status"]!.GetValue<int>();
        await AdvanceAsync(1);
        var after = (await ContractAsync(id))["status"]!.GetValue<int>();

        Assert.That(before, Is.EqualTo(120));
        Assert.That(after, Is.EqualTo(130));
    }
}
