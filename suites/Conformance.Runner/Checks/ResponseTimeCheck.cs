using System.Globalization;
using Conformance.Runner.Results;

namespace Conformance.Runner.Checks;

/// <summary>
/// Answers arrive in good time: each answer slower than the run's threshold (<c>--slow-answer</c>,
/// <see cref="ExchangeContext.SlowAnswer"/>) is a finding on the step or case that got it, with the
/// operation, the duration and the threshold; the run adds one finding counting every slow answer
/// (token requests and the reachability probe included), the limits it kept and the throttling
/// answers (429 or 503 with <c>Retry-After</c>) it waited for. Informational unless a profile raises
/// it: the contracts name no time limit, so the verdict does not change.
/// </summary>
public sealed class ResponseTimeCheck : IExchangeCheck
{
    public string Id => "response_time";
    public string Title => "Answers arrive in good time";
    public Severity DefaultSeverity => Severity.Info;
    public string SpecReference => "Runner: --slow-answer threshold; RFC 9110 §10.2.3 Retry-After";
    public bool IsMandatory => false;

    public bool AppliesTo(ExchangeContext context) =>
        !context.IsInbound && context.Response is not null && context.SlowAnswer is { } limit && context.Exchange.Elapsed >= limit;

    public IEnumerable<Finding> Evaluate(ExchangeContext context)
    {
        var request = context.Exchange.Request;
        var operation = context.Operation?.OperationId
            ?? $"{request.Method} {(Uri.TryCreate(request.Url, UriKind.Absolute, out var url) ? url.AbsolutePath : request.Url)}";
        yield return this.Fail(
            $"{operation} answered in {Seconds(context.Exchange.Elapsed)} s, at or above the slow-answer threshold of {Seconds(context.SlowAnswer!.Value)} s");
    }

    private static string Seconds(TimeSpan duration) => duration.TotalSeconds.ToString("0.0#", CultureInfo.InvariantCulture);
}
