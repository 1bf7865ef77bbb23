using Conformance.Runner.Results;

namespace Conformance.Runner.Checks;

/// <summary>
/// Answers arrive in good time: answers slower than the run's threshold and throttling answers
/// (429 or 503 with <c>Retry-After</c>, which the runner waited for) are noted with their durations.
/// Informational unless a profile raises it: the contracts name no time limit.
/// </summary>
public sealed class ResponseTimeCheck : ICheck
{
    public string Id => "response_time";
    public string Title => "Answers arrive in good time";
    public Severity DefaultSeverity => Severity.Info;
    public string SpecReference => "Runner: --slow-answer threshold; RFC 9110 §10.2.3 Retry-After";
    public bool IsMandatory => false;
}
