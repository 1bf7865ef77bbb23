using Json.Schema;

namespace Conformance.Specs.Validation;

/// <summary>One node of the evaluator's list output, with its evaluation path and instance location as text.</summary>
internal sealed record EvaluationNode(EvaluationResults Result, string Path, string Instance);
