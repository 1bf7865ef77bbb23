using System.Globalization;
using Conformance.Runner.Checks;
using Conformance.Runner.Results;
using Conformance.Runner.Transport;

namespace Conformance.Runner.Engine;

/// <summary>The run-level <c>response_time</c> findings: the limits the run kept, slow answers and honoured <c>Retry-After</c> waits.</summary>
internal static class PaceFindings
{
    /// <summary>At most this many answers are named in one finding; the count covers them all.</summary>
    private const int Named = 20;

    public static IEnumerable<Finding> Of(CheckCatalogue catalogue, PolitenessOptions options, PaceLog log)
    {
        var check = catalogue.Get<ResponseTimeCheck>();
        var limits = new List<string>();
        if (options.MaxRequestsPerSecond is { } rate)
        {
            limits.Add($"at most {rate.ToString("0.##", CultureInfo.InvariantCulture)} requests per second");
        }

        if (options.MaxInFlight is { } inFlight)
        {
            limits.Add($"at most {inFlight} requests in flight");
        }

        if (limits.Count > 0)
        {
            yield return check.Fail($"the run kept the provider's limits: {string.Join(", ", limits)}");
        }

        if (log.SlowAnswers is { Count: > 0 } slow)
        {
            yield return check.Fail($"{slow.Count} answer(s) took {options.SlowAnswer.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s or longer: {Join(slow)}");
        }

        if (log.Throttled is { Count: > 0 } throttled)
        {
            yield return check.Fail($"{throttled.Count} throttling answer(s) honoured: {Join(throttled)}");
        }
    }

    private static string Join(IReadOnlyList<string> items) =>
        string.Join("; ", items.Take(Named)) + (items.Count > Named ? $"; and {items.Count - Named} more" : string.Empty);
}
