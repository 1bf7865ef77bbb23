using Conformance.Runner.Expressions;
using Conformance.Runner.Results;

namespace Conformance.Runner.Engine;

/// <summary>
/// One execution of a step. <see cref="Completed"/> is false when no response (or callback, or
/// nested workflow success) came, so success criteria cannot hold.
/// </summary>
internal sealed record StepAttempt(
    IReadOnlyList<ExchangeRecord> Exchanges,
    IReadOnlyList<Finding> Findings,
    ExpressionScope Scope,
    bool Completed,
    string? Failure);
