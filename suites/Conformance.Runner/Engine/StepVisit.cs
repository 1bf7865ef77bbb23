using Conformance.Runner.Arazzo;
using Conformance.Runner.Results;

namespace Conformance.Runner.Engine;

/// <summary>Collects the attempts of one visit of a step into one <see cref="StepResult"/>.</summary>
internal sealed class StepVisit(ArazzoStep step, TimeProvider timeProvider)
{
    private readonly long started = timeProvider.GetTimestamp();
    private readonly List<ExchangeRecord> exchanges = [];
    private readonly List<Finding> findings = [];
    private readonly List<KeyValuePair<string, string>> outputs = [];

    public void Add(StepAttempt attempt)
    {
        exchanges.AddRange(attempt.Exchanges);
        findings.AddRange(attempt.Findings);
    }

    public void AddFinding(Finding finding) => findings.Add(finding);

    public void AddOutput(string name, string value) => outputs.Add(new(name, value));

    public StepResult ToResult(ProfilePolicy policy, string workflowId) => policy.Apply(new StepResult
    {
        StepId = step.StepId,
        OperationId = step.OperationId ?? step.OperationPath ?? step.WorkflowId,
        Description = step.Description,
        Outcome = OutcomeRules.From(findings),
        Duration = timeProvider.GetElapsedTime(started),
        Exchanges = exchanges,
        Findings = findings,
        Outputs = outputs,
    }, workflowId);
}
