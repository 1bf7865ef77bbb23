using Conformance.Runner.Results;
using Conformance.Specs.Model;

namespace Conformance.Runner.Checks;

/// <summary>The one read-only view a workflow check gets: the API, its contract and the workflow's steps as recorded.</summary>
public sealed record WorkflowCheckContext
{
    public required string ApiId { get; init; }
    public required ApiSpec Spec { get; init; }
    public required string WorkflowId { get; init; }

    /// <summary>Steps in the order they ran, each with its exchanges (token requests and inbound callbacks included).</summary>
    public required IReadOnlyList<StepResult> Steps { get; init; }

    /// <summary>Every exchange of the workflow in order, with the step that recorded it.</summary>
    public IEnumerable<(StepResult Step, ExchangeRecord Exchange)> Exchanges() =>
        Steps.SelectMany(s => s.Exchanges.Select(e => (s, e)));
}
