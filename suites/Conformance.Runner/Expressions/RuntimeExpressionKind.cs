namespace Conformance.Runner.Expressions;

/// <summary>The source a runtime expression reads (Arazzo 1.0.1 §4.8 "Runtime Expressions").</summary>
public enum RuntimeExpressionKind
{
    Url,
    Method,
    StatusCode,
    RequestHeader,
    RequestQuery,
    RequestPath,
    RequestBody,
    ResponseHeader,
    ResponseBody,
    Inputs,
    Outputs,
    StepOutputs,
    WorkflowInputs,
    WorkflowOutputs,
    SourceDescriptionUrl,
    ComponentInputs,
    ComponentParameters,
}
