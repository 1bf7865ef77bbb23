namespace Conformance.Mock.Tests.Support;

/// <summary>The shared contract check has teeth: it flags answers that break the contract.</summary>
public sealed class SpecResponseAssertTests
{
    [SetUp]
    public void RequireSpecLayer()
    {
        if (!SpecResponseAssert.IsAvailable("finum"))
        {
            Assert.Ignore("The spec layer of this checkout cannot load contracts yet.");
        }
    }

    [Test]
    public void Violations_ContractWithoutHolder_Reported()
    {
        var body = """[{"id":"C1","status":320,"productId":"P1","fileIds":[],"createdAt":"2026-01-01T00:00:00Z","updatedAt":"2026-01-01T00:00:00Z"}]""";

        var violations = SpecResponseAssert.Violations("finum", new RecordedExchange("GET", "/finum/v1/contract-list", 200, "application/json", body));

        Assert.That(violations, Is.Not.Empty);
    }

    [Test]
    public void Violations_UndocumentedStatus_Reported()
    {
        var violations = SpecResponseAssert.Violations("finum", new RecordedExchange("GET", "/finum/v1/auth-status", 418, "application/json", "{}"));

        Assert.That(violations, Is.Not.Empty);
    }

    [Test]
    public void Violations_ConformantProblem_None()
    {
        var body = """{"type":"https://problems.finum-sync.example/not-found","title":"Not found","status":404,"detail":"No file with id F9."}""";

        var violations = SpecResponseAssert.Violations("finum", new RecordedExchange("GET", "/finum/v1/file/F9/download", 404, "application/problem+json", body));

        Assert.That(violations, Is.Empty);
    }
}
