namespace Conformance.Runner.Results;

/// <summary>
/// How one flow, step or generated case ended. <see cref="Omitted"/> means not applicable to this
/// provider (e.g. an optional operation it does not implement): it neither passes nor fails.
/// <see cref="ExpectedFailure"/> is a failure the profile declared with a reason.
/// </summary>
public enum Outcome
{
    Passed,
    Failed,
    Omitted,
    ExpectedFailure,
}
