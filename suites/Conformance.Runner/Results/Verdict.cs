namespace Conformance.Runner.Results;

/// <summary>The verdict of a run; maps to exit codes 0, 1 and 3.</summary>
public enum Verdict
{
    Conformant,
    NotConformant,
    Unreachable,
}
