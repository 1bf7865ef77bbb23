namespace Conformance.Runner.Profiles;

/// <summary>Where a secret comes from: exactly one of an environment variable or a file path.</summary>
public sealed record CredentialSource(string? EnvironmentVariable, string? File);
