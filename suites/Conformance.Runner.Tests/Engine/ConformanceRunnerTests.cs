using Conformance.Runner.Arazzo;
using Conformance.Runner.Engine;
using Conformance.Runner.Profiles;
using Conformance.Runner.Results;
using Conformance.Runner.Tests.Support;
using Conformance.Runner.Transport;

namespace Conformance.Runner.Tests.Engine;

public sealed class ConformanceRunnerTests
{
    private const string Workflows = """
          - workflowId: b
            dependsOn: [a]
            steps:
              - {stepId: s, operationId: getStatus}
          - workflowId: a
            steps:
              - stepId: s
                operationId: getStatus
                successCriteria: [{condition: $response.body#/ready == true}]
          - workflowId: c
            x-conformance-optional: true
            steps:
              - {stepId: s, operationId: getStatus}
        """;

    [Test]
    public void Order_Filter_AddsDependenciesFirst()
    {
        var document = Load();

        Assert.That(WorkflowPlan.Order(document, ["b"]).Select(w => w.WorkflowId), Is.EqualTo(new[] { "a", "b" }));
        Assert.That(WorkflowPlan.Order(document, []).Select(w => w.WorkflowId), Is.EqualTo(new[] { "a", "b", "c" }));
    }

    [Test]
    public void OmissionReason_OptionalWithoutProfile_IsOmitted()
    {
        var document = Load();
        var optional = document.FindWorkflow("c")!;

        Assert.That(WorkflowPlan.OmissionReason(optional, TestSpec.Create(), null), Does.Contain("getStatus"));
        Assert.That(WorkflowPlan.OmissionReason(optional, TestSpec.Create(), new ApiProfile { ImplementedOptionalOperations = new HashSet<string> { "getStatus" } }), Is.Null);
    }

    [Test]
    public async Task RunPreparedAsync_DependencyFails_DependentIsOmittedAndVerdictNotConformant()
    {
        var transport = new InMemoryTransport(_ => InMemoryTransport.Json(200, """{"ready":false}"""));
        var request = new ApiRunRequest
        {
            ApiId = "test",
            ProviderBaseUrl = "http://provider.test/test/v1",
            SpecPath = "in-memory",
            Transport = transport,
            IncludeGeneratedCases = false,
        };
        var listener = new RecordingListener();

        var result = await new ConformanceRunner().RunPreparedAsync(request, new RunPreparation(TestSpec.Create(), [Load()], [], []), listener, CancellationToken.None);

        Assert.That(result.Flows.Select(f => (f.WorkflowId, f.Outcome)), Is.EqualTo(new[] { ("a", Outcome.Failed), ("b", Outcome.Omitted), ("c", Outcome.Omitted) }));
        Assert.That(result.Verdict, Is.EqualTo(Verdict.NotConformant));
        Assert.That(listener.Events[0], Is.EqualTo("api"));
        Assert.That(listener.Events[^1], Is.EqualTo("api-done"));
    }

    [Test]
    public void RunPreparedAsync_InvalidPreparation_ThrowsConfigurationErrorWithProblems()
    {
        var request = new ApiRunRequest { ApiId = "test", ProviderBaseUrl = "http://p", SpecPath = "x" };
        var preparation = new RunPreparation(TestSpec.Create(), [], [new Conformance.Specs.Loading.SpecDiagnostic(Conformance.Specs.Loading.DiagnosticSeverity.Error, "bad", "f.yaml", "/x", 3, 4)], []);

        var error = Assert.ThrowsAsync<ConformanceConfigurationException>(() => new ConformanceRunner().RunPreparedAsync(request, preparation, new RecordingListener(), CancellationToken.None));

        Assert.That(error!.Diagnostics, Is.EqualTo(new[] { "f.yaml:3:4: error: bad (at /x)" }));
    }

    private static ArazzoDocument Load()
    {
        var result = ArazzoLoader.LoadText(EngineHarness.Flow(Workflows), "plan.arazzo.yaml", TestSpec.Create());
        Assert.That(result.Diagnostics, Is.Empty, string.Join("\n", result.Diagnostics));
        return result.Document!;
    }
}
