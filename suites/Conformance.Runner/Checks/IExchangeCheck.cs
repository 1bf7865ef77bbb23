using Conformance.Runner.Results;

namespace Conformance.Runner.Checks;

/// <summary>A check run on every exchange of every flow and generated case.</summary>
public interface IExchangeCheck : ICheck
{
    bool AppliesTo(ExchangeContext context);

    IEnumerable<Finding> Evaluate(ExchangeContext context);
}
