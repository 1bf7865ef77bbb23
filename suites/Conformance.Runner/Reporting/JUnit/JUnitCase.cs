using Conformance.Runner.Results;

namespace Conformance.Runner.Reporting.JUnit;

/// <summary>One <c>&lt;testcase&gt;</c>: a flow step, a generated case, or the findings of a flow or API outside any step.</summary>
internal sealed record JUnitCase(
    string ClassName,
    string Name,
    TimeSpan Time,
    Outcome Outcome,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<ExchangeRecord> Exchanges);
