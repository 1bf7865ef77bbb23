namespace Conformance.Runner.Profiles;

/// <summary>
/// A failure the provider knows about: matches findings of <see cref="CheckId"/> in the given
/// workflow/step or operation (null = any). <see cref="Reason"/> is required and shown in reports.
/// </summary>
public sealed record ExpectedFailure(string CheckId, string? WorkflowId, string? StepId, string? OperationId, string Reason);
