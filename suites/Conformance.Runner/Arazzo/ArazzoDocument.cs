namespace Conformance.Runner.Arazzo;

/// <summary>A loaded Arazzo 1.0.x document (read-only); reusable component references are already resolved.</summary>
public sealed record ArazzoDocument
{
    public required string SourceFile { get; init; }
    public required string ArazzoVersion { get; init; }
    public required string Title { get; init; }
    public required string Version { get; init; }
    public required IReadOnlyList<ArazzoSourceDescription> SourceDescriptions { get; init; }

    /// <summary>In document order.</summary>
    public required IReadOnlyList<ArazzoWorkflow> Workflows { get; init; }

    public required ArazzoComponents Components { get; init; }

    public ArazzoWorkflow? FindWorkflow(string workflowId) => Workflows.FirstOrDefault(w => w.WorkflowId == workflowId);
}
