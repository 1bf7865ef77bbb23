using Conformance.Runner.Results;

namespace Conformance.Runner.Engine;

/// <summary>
/// Outcomes follow from findings: an <see cref="Severity.Error"/> finding not declared expected
/// fails; only expected Error findings give <see cref="Outcome.ExpectedFailure"/>; else it passed.
/// </summary>
public static class OutcomeRules
{
    public static Outcome From(IEnumerable<Finding> findings)
    {
        var errors = findings.Where(f => f.Severity == Severity.Error).ToList();
        if (errors.Any(f => f.ExpectedFailureReason is null))
        {
            return Outcome.Failed;
        }

        return errors.Count > 0 ? Outcome.ExpectedFailure : Outcome.Passed;
    }

    public static Outcome Combine(IEnumerable<Outcome> outcomes)
    {
        var list = outcomes.ToList();
        return list.Contains(Outcome.Failed) ? Outcome.Failed
            : list.Contains(Outcome.ExpectedFailure) ? Outcome.ExpectedFailure
            : Outcome.Passed;
    }
}
