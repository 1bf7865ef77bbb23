namespace Conformance.Mock.Hosting;

/// <summary>Base-clock timestamp of the start, for uptime.</summary>
public sealed record ProviderStartTime(long Timestamp);
