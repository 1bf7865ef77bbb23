using Conformance.Runner.Reporting.Coverage;

namespace Conformance.Runner.Results;

/// <summary>Everything one run found for one API of one provider.</summary>
public sealed record ApiRunResult
{
    public required string ApiId { get; init; }
    public required string ProviderBaseUrl { get; init; }
    public required string SpecTitle { get; init; }
    public required string SpecVersion { get; init; }
    public required Verdict Verdict { get; init; }
    public required IReadOnlyList<FlowResult> Flows { get; init; }
    public required IReadOnlyList<GeneratedCaseResult> GeneratedCases { get; init; }

    /// <summary>Findings that belong to no flow or case (e.g. the provider could not be reached).</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }

    /// <summary>What of the contract the run exercised; null when the result was not measured against a contract.</summary>
    public SpecCoverage? Coverage { get; init; }
}
