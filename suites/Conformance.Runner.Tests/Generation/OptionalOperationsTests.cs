using Conformance.Runner.Generation;
using Conformance.Runner.Profiles;
using Conformance.Runner.Tests.Support;

namespace Conformance.Runner.Tests.Generation;

public sealed class OptionalOperationsTests
{
    [TestCase("getContractInvariants", true)]
    [TestCase("getClaimInvariants", true)]
    [TestCase("listContracts", false)]
    public void IsOptional_SeynaOperation_OnlyTheMarkedOnes(string operationId, bool optional)
    {
        var spec = Contracts.Load("seyna");

        Assert.That(OptionalOperations.IsOptional(spec, spec.FindOperation(operationId)!), Is.EqualTo(optional));
    }

    [Test]
    public void Select_NoProfile_LeavesOutEveryCaseOfAnOptionalOperation()
    {
        var spec = Contracts.Load("seyna");
        var cases = CaseGenerator.Generate(spec);

        var selected = OptionalOperations.Select(spec, cases, null);

        Assert.Multiple(() =>
        {
            Assert.That(cases.Any(c => c.OperationId == "getContractInvariants"), Is.True);
            Assert.That(selected.Any(c => c.OperationId is "getContractInvariants" or "getClaimInvariants"), Is.False);
            Assert.That(selected, Has.Count.EqualTo(cases.Count(c => c.OperationId is not ("getContractInvariants" or "getClaimInvariants"))));
        });
    }

    [Test]
    public void Select_ProfileListsOne_KeepsItsCases()
    {
        var spec = Contracts.Load("seyna");
        var profile = new ApiProfile { ImplementedOptionalOperations = new HashSet<string> { "getClaimInvariants" } };

        var selected = OptionalOperations.Select(spec, CaseGenerator.Generate(spec), profile);

        Assert.Multiple(() =>
        {
            Assert.That(selected.Any(c => c.OperationId == "getClaimInvariants"), Is.True);
            Assert.That(selected.Any(c => c.OperationId == "getContractInvariants"), Is.False);
        });
    }

    [Test]
    public void Select_ContractWithoutOptionalOperations_KeepsEveryCase()
    {
        var spec = Contracts.Load("finum");
        var cases = CaseGenerator.Generate(spec);

        Assert.That(OptionalOperations.Select(spec, cases, null), Is.SameAs(cases));
    }
}
