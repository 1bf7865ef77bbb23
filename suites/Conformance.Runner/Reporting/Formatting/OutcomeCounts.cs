using Conformance.Runner.Results;

namespace Conformance.Runner.Reporting.Formatting;

/// <summary>How many flows, steps or cases ended each way.</summary>
public sealed record OutcomeCounts(int Passed, int Failed, int Omitted, int ExpectedFailures)
{
    public int Total => Passed + Failed + Omitted + ExpectedFailures;

    public static OutcomeCounts Of(IEnumerable<Outcome> outcomes)
    {
        int passed = 0, failed = 0, omitted = 0, expected = 0;
        foreach (var outcome in outcomes)
        {
            switch (outcome)
            {
                case Outcome.Passed: passed++; break;
                case Outcome.Failed: failed++; break;
                case Outcome.Omitted: omitted++; break;
                case Outcome.ExpectedFailure: expected++; break;
            }
        }

        return new OutcomeCounts(passed, failed, omitted, expected);
    }

    /// <summary>E.g. <c>5 passed, 2 failed, 1 omitted</c>; zero counts are left out (<c>0 passed</c> when there is nothing).</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        if (Passed > 0 || Total == 0)
        {
            parts.Add($"{Passed} passed");
        }

        if (Failed > 0)
        {
            parts.Add($"{Failed} failed");
        }

        if (ExpectedFailures > 0)
        {
            parts.Add($"{ExpectedFailures} expected failure{(ExpectedFailures == 1 ? "" : "s")}");
        }

        if (Omitted > 0)
        {
            parts.Add($"{Omitted} omitted");
        }

        return string.Join(", ", parts);
    }
}
