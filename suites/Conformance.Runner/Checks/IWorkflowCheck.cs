using Conformance.Runner.Results;

namespace Conformance.Runner.Checks;

/// <summary>
/// A check run once on each finished workflow, over all its steps' exchanges in order: for rules that
/// no single exchange shows (a refusal left the state as it was, every attempt of a webhook carried
/// the same event id). API checks among them run on their API's workflows only.
/// </summary>
public interface IWorkflowCheck : ICheck
{
    IEnumerable<Finding> Evaluate(WorkflowCheckContext context);
}
