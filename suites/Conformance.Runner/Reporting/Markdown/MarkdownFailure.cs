using Conformance.Runner.Reporting.Formatting;
using Conformance.Runner.Results;

namespace Conformance.Runner.Reporting.Markdown;

/// <summary>One failed step, case or API with its blocking findings and the exchange that shows them (the last one).</summary>
internal sealed record MarkdownFailure(string Label, IReadOnlyList<Finding> Findings, ExchangeRecord? Exchange)
{
    public static IEnumerable<MarkdownFailure> All(RunResult run) =>
        MarkdownPlace.All(run)
            .Select(place => (place, Blocking: place.Findings.Where(f => f.IsBlocking()).ToList()))
            .Where(x => x.Blocking.Count > 0)
            .Select(x => new MarkdownFailure(x.place.Label, x.Blocking, x.place.Exchanges.Count == 0 ? null : x.place.Exchanges[^1]));
}
