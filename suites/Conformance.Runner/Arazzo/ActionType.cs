namespace Conformance.Runner.Arazzo;

public enum ActionType
{
    End,
    Goto,
    Retry,
}
