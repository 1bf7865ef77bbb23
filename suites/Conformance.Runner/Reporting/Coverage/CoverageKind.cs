namespace Conformance.Runner.Reporting.Coverage;

/// <summary>Where an operation of the contract lives: under <c>paths</c>, under an operation's <c>callbacks</c>, or under <c>webhooks</c>.</summary>
public enum CoverageKind
{
    Operation,
    Callback,
    Webhook,
}
