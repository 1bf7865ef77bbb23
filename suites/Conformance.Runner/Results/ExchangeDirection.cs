namespace Conformance.Runner.Results;

public enum ExchangeDirection
{
    /// <summary>The runner called the provider.</summary>
    Outbound,

    /// <summary>The provider called the runner's callback receiver.</summary>
    InboundCallback,
}
