namespace Conformance.Runner.Arazzo;

/// <summary>
/// One step: exactly one of <see cref="OperationId"/>, <see cref="OperationPath"/> and
/// <see cref="WorkflowId"/> is set. Extensions: <see cref="Auth"/> (<c>x-conformance-auth</c>),
/// <see cref="AwaitCallback"/> (<c>x-conformance-await-callback</c>) and
/// <see cref="ExpectFailureChecks"/> (<c>x-conformance-expect-failure-checks</c>).
/// </summary>
public sealed record ArazzoStep
{
    public required string StepId { get; init; }
    public string? Description { get; init; }
    public string? OperationId { get; init; }
    public string? OperationPath { get; init; }
    public string? WorkflowId { get; init; }
    public IReadOnlyList<ArazzoParameter> Parameters { get; init; } = [];
    public ArazzoRequestBody? RequestBody { get; init; }
    public IReadOnlyList<ArazzoCriterion> SuccessCriteria { get; init; } = [];
    public IReadOnlyList<ArazzoAction> OnSuccess { get; init; } = [];
    public IReadOnlyList<ArazzoAction> OnFailure { get; init; } = [];
    public IReadOnlyList<KeyValuePair<string, string>> Outputs { get; init; } = [];
    public AuthMode Auth { get; init; } = AuthMode.Default;
    public AwaitCallbackSpec? AwaitCallback { get; init; }
    public IReadOnlyList<string> ExpectFailureChecks { get; init; } = [];

    /// <summary>JSON pointer of the step in its file, e.g. <c>/workflows/0/steps/3</c>.</summary>
    public required string Pointer { get; init; }
}
