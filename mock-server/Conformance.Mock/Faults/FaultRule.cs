namespace Conformance.Mock.Faults;

/// <summary>
/// An injected fault. <see cref="Route"/> is a path glob (<c>*</c> = any characters, e.g.
/// <c>/finum/v1/contract-*</c>); <see cref="Method"/> null = any. <see cref="Rate"/> is the share of
/// matching requests hit (1 = always), drawn from a random sequence seeded by <see cref="Seed"/>, so a
/// run with the same requests hits the same ones. <see cref="Latency"/> applies with any kind.
/// </summary>
public sealed record FaultRule
{
    public required string Id { get; init; }
    public required string Route { get; init; }
    public string? Method { get; init; }
    public required FaultKind Kind { get; init; }
    public int Status { get; init; } = 503;
    public TimeSpan Latency { get; init; }
    public double Rate { get; init; } = 1;
    public int Seed { get; init; }
}
