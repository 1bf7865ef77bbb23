using Conformance.Runner.Profiles;

namespace Conformance.Cli.Run;

/// <summary>
/// What one <c>conformance run</c> will do: the APIs to check (each with its base URL, null when the
/// embedded reference provider serves it), the profile that applies, and the APIs reported as not
/// yet covered. <see cref="Error"/> is set instead when the options cannot be satisfied (exit 2).
/// </summary>
public sealed record RunPlan
{
    public IReadOnlyList<PlannedApi> Apis { get; init; } = [];
    public ProviderProfile? Profile { get; init; }
    public bool Embedded { get; init; }
    public IReadOnlyList<string> NotYetCovered { get; init; } = [];
    public string? Error { get; init; }

    public static RunPlan Invalid(string error) => new() { Error = error };
}
