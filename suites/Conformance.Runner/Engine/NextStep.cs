namespace Conformance.Runner.Engine;

/// <summary>What a step visit decided; <see cref="Target"/> names the step or workflow of a goto.</summary>
internal sealed record NextStep(NextStepKind Kind, string? Target = null)
{
    public static NextStep Continue { get; } = new(NextStepKind.Continue);
    public static NextStep End { get; } = new(NextStepKind.EndSuccess);
    public static NextStep Fail { get; } = new(NextStepKind.Fail);
}
