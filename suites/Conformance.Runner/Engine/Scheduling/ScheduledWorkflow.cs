using Conformance.Runner.Arazzo;

namespace Conformance.Runner.Engine.Scheduling;

/// <summary>One workflow of the run's plan, with the engine of its document.</summary>
internal sealed record ScheduledWorkflow(ArazzoDocument Document, ArazzoWorkflow Workflow, WorkflowEngine Engine);
