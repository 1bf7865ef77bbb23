using Conformance.Runner.Reporting.Formatting;
using Conformance.Runner.Results;

namespace Conformance.Runner.Reporting.JUnit;

/// <summary>
/// Maps the result model onto JUnit's two levels: one suite per (API, flow) with one case per executed
/// step, one suite per API for its generated cases, and a suite for findings that belong to no flow.
/// </summary>
internal static class JUnitSuiteBuilder
{
    /// <summary>Case name for findings of a flow outside its steps (time limit, bad expression, no steps run).</summary>
    public const string WorkflowCaseName = "(workflow)";

    /// <summary>Case name for findings of an API outside any flow (e.g. the provider could not be reached).</summary>
    public const string ApiCaseName = "(api)";

    public static IEnumerable<JUnitSuite> Build(RunResult run)
    {
        foreach (var api in run.Apis)
        {
            var host = HostOf(api.ProviderBaseUrl);
            if (api.Findings.Any(IsReportable))
            {
                var outcome = OutcomeOf(api.Findings);
                var apiCase = new JUnitCase(api.ApiId, ApiCaseName, TimeSpan.Zero, outcome, api.Findings, []);
                yield return new JUnitSuite(api.ApiId, api.ApiId, host, TimeSpan.Zero, [.. ApiProperties(api)], [apiCase]);
            }

            foreach (var flow in api.Flows)
            {
                yield return FlowSuite(api, flow, host);
            }

            if (api.GeneratedCases.Count > 0)
            {
                yield return GeneratedSuite(api, host);
            }
        }
    }

    private static JUnitSuite FlowSuite(ApiRunResult api, FlowResult flow, string host)
    {
        var className = $"{api.ApiId}.{flow.WorkflowId}";
        var cases = new List<JUnitCase>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var step in flow.Steps)
        {
            // A step run again (goto, loop) gets "(2)", "(3)": readers merge cases with equal names.
            var count = seen[step.StepId] = seen.GetValueOrDefault(step.StepId) + 1;
            var name = count == 1 ? step.StepId : $"{step.StepId} ({count})";
            cases.Add(new JUnitCase(className, name, step.Duration, step.Outcome, step.Findings, step.Exchanges));
        }

        if (flow.Findings.Any(IsReportable) || flow.Steps.Count == 0)
        {
            var outcome = flow.Steps.Count == 0 ? flow.Outcome : OutcomeOf(flow.Findings);
            var time = flow.Steps.Count == 0 ? flow.Duration : TimeSpan.Zero;
            cases.Add(new JUnitCase(className, WorkflowCaseName, time, outcome, flow.Findings, []));
        }

        var properties = ApiProperties(api).Append(new("sourceFile", flow.SourceFile));
        if (flow.Summary is { } summary)
        {
            properties = properties.Append(new("summary", summary));
        }

        return new JUnitSuite(className, api.ApiId, host, flow.Duration, [.. properties], cases);
    }

    private static JUnitSuite GeneratedSuite(ApiRunResult api, string host)
    {
        var cases = api.GeneratedCases
            .Select(c => new JUnitCase($"{api.ApiId}.generated.{c.OperationId}", c.CaseId, c.Duration, c.Outcome, c.Findings, c.Exchanges))
            .ToList();
        var time = TimeSpan.FromTicks(api.GeneratedCases.Sum(c => c.Duration.Ticks));
        return new JUnitSuite($"{api.ApiId}.generated", api.ApiId, host, time, [.. ApiProperties(api)], cases);
    }

    /// <summary>
    /// Info findings outside steps (e.g. time used) do not get a case of their own: they would add a
    /// passing test to every suite and blur the counts readers compare between runs.
    /// </summary>
    private static bool IsReportable(Finding finding) => finding.Severity != Severity.Info || finding.ExpectedFailureReason is not null;

    private static IEnumerable<KeyValuePair<string, string>> ApiProperties(ApiRunResult api) =>
    [
        new("api", api.ApiId),
        new("provider", api.ProviderBaseUrl),
        new("spec", $"{api.SpecTitle} {api.SpecVersion}"),
    ];

    private static Outcome OutcomeOf(IReadOnlyList<Finding> findings) =>
        findings.Any(f => f.IsBlocking()) ? Outcome.Failed
        : findings.Any(f => f.ExpectedFailureReason is not null) ? Outcome.ExpectedFailure
        : Outcome.Passed;

    private static string HostOf(string baseUrl) =>
        Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) ? uri.Host : "unknown";
}
