namespace Conformance.Runner.Arazzo;

/// <summary>A <c>sourceDescriptions</c> entry; <see cref="Type"/> is <c>openapi</c> or <c>arazzo</c>.</summary>
public sealed record ArazzoSourceDescription(string Name, string Url, string Type);
