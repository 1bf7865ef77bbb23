using Conformance.Runner.Generation;
using Conformance.Runner.Tests.Support;

namespace Conformance.Runner.Tests.Generation;

public sealed class CaseGeneratorTests
{
    private readonly IReadOnlyList<GeneratedCase> cases = CaseGenerator.Generate(TestSpec.Create());

    [Test]
    public void Generate_TestSpec_GivesStableUniqueIds()
    {
        var ids = cases.Select(c => c.CaseId).ToList();

        Assert.That(ids, Is.Unique);
        Assert.That(ids, Is.SupersetOf(new[]
        {
            "listItems.valid_request",
            "listItems.negative.missing_required.id-list",
            "listItems.negative.bad_pattern.id-list",
            "listUpdatedItemIds.negative.bad_format.since",
            "getItem.valid_request",
            "getItem.negative.bad_pattern.itemId",
            "createItem.valid_request",
            "createItem.negative.not_json",
            "createItem.negative.missing_required.name",
            "createItem.negative.wrong_type.name",
            "createItem.negative.bad_enum.kind",
            "createItem.missing_auth",
            "createItem.wrong_auth.garbage",
            "listUpdatedItemIds.wrong_auth.expired",
            "listUpdatedItemIds.wrong_auth.alg-none",
            "listUpdatedItemIds.wrong_auth.wrong-key",
            "getItem.undocumented_method.delete",
        }));
        Assert.That(CaseGenerator.Generate(TestSpec.Create()).Select(c => c.CaseId), Is.EqualTo(ids));
    }

    [Test]
    public void Generate_OperationWithoutSecurity_HasNoAuthCases() =>
        Assert.That(cases.Where(c => c.OperationId == "getStatus").Select(c => c.Kind), Has.None.EqualTo(CaseKind.MissingAuth).And.None.EqualTo(CaseKind.WrongAuth));

    [Test]
    public void Generate_IdParameters_AreMarkedForDiscovery()
    {
        Assert.That(cases.Single(c => c.CaseId == "getItem.valid_request").IdParameters, Is.EqualTo(new[] { "itemId" }));
        Assert.That(cases.Single(c => c.CaseId == "listItems.valid_request").IdParameters, Is.EqualTo(new[] { "id-list" }));
    }

    [Test]
    public void Generate_PostValidRequest_UsesDocumentedExample() =>
        Assert.That(cases.Single(c => c.CaseId == "createItem.valid_request").Body!.ToJsonString(), Is.EqualTo("""{"name":"first"}"""));

    [Test]
    public void Generate_NegativeBody_LeavesOutRequiredProperty() =>
        Assert.That(cases.Single(c => c.CaseId == "createItem.negative.missing_required.name").Body!.ToJsonString(), Is.EqualTo("{}"));

    [Test]
    public void Generate_CursorPagedApi_ValidRequestsNeverInventACursor()
    {
        var seyna = CaseGenerator.Generate(Contracts.Load("seyna"));

        var valid = seyna.Where(c => c.Kind == CaseKind.ValidRequest).ToList();
        Assert.That(valid, Is.Not.Empty);
        Assert.That(valid.Where(c => c.Parameters.ContainsKey("from")).Select(c => c.CaseId), Is.Empty);
    }
}
