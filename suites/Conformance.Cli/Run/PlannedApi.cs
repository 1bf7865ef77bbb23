namespace Conformance.Cli.Run;

/// <summary>One API of a plan; <see cref="BaseUrl"/> is null for the embedded provider (known once it started).</summary>
public sealed record PlannedApi(string ApiId, string? BaseUrl);
