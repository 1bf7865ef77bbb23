using Conformance.Runner.Checks;
using Conformance.Runner.Profiles.Yaml;
using Conformance.Runner.Results;

namespace Conformance.Runner.Engine;

/// <summary>
/// Runs the catalogue's exchange checks on one exchange: those for every API and those of the
/// exchange's own API, except those a step lists in <c>x-conformance-expect-failure-checks</c>
/// (former ids included). A check that throws is our own bug: it becomes a warning naming the
/// check, never a failed provider.
/// </summary>
public static class ExchangeChecker
{
    public static IReadOnlyList<Finding> Run(CheckCatalogue catalogue, ExchangeContext context, IReadOnlyCollection<string>? skipped = null)
    {
        var findings = new List<Finding>();
        foreach (var check in catalogue.ExchangeChecks)
        {
            if (skipped?.Any(id => CheckIds.Canonical(id) == check.Id) == true || !CheckCatalogue.RunsFor(check, context.ApiId))
            {
                continue;
            }

            try
            {
                if (check.AppliesTo(context))
                {
                    findings.AddRange(check.Evaluate(context));
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                findings.Add(check.Fail($"the check could not run: {e.Message}") with { Severity = Severity.Warning });
            }
        }

        return findings;
    }
}
