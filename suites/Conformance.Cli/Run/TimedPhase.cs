namespace Conformance.Cli.Run;

/// <summary>One measured phase of a run: when it began, counted from the process start, and how long it took.</summary>
public sealed record TimedPhase(string Name, TimeSpan Start, TimeSpan Duration);
