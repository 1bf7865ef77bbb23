namespace Conformance.Runner.Profiles;

/// <summary>
/// Every key a provider profile may use, by level: what the reader accepts (others are reported,
/// with a suggestion) and what <c>docs/profiles.md</c> and <c>conformance run --help</c> list.
/// </summary>
public static class ProfileKeys
{
    /// <summary>Keys at the root of the file.</summary>
    public static IReadOnlyList<string> Root { get; } = ["name", "apis"];

    /// <summary>Keys of one entry under <c>apis:</c>, in the order the docs describe them.</summary>
    public static IReadOnlyList<string> Api { get; } =
        ["baseUrl", "credentials", "scopes", "webhookPath", "implementedOptionalOperations", "severityOverrides", "expectedFailures", "requestHeaders", "inputs", "maxRequestsPerSecond", "maxRequestsInFlight"];

    /// <summary>Keys of one credential under <c>credentials:</c> (exactly one of them).</summary>
    public static IReadOnlyList<string> Credential { get; } = ["env", "file"];

    /// <summary>Keys of one entry of <c>expectedFailures:</c>.</summary>
    public static IReadOnlyList<string> ExpectedFailure { get; } = ["check", "workflow", "step", "operation", "reason"];
}
