namespace Conformance.Runner.Transport;

/// <summary>
/// How politely a run treats one provider. Null limits mean none. <see cref="MaxRetryAfter"/> is
/// the longest <c>Retry-After</c> the runner waits for (a longer one is returned as answered);
/// waits also end when the run stops (its budget).
/// </summary>
public sealed record PolitenessOptions
{
    /// <summary>Requests started per second at most.</summary>
    public double? MaxRequestsPerSecond { get; init; }

    /// <summary>Requests waiting for their answer at the same time, at most.</summary>
    public int? MaxInFlight { get; init; }

    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Times one request is sent again after a <c>Retry-After</c>.</summary>
    public int MaxRetries { get; init; } = 2;

    /// <summary>Answers taking longer are noted (<c>response_time</c>).</summary>
    public TimeSpan SlowAnswer { get; init; } = TimeSpan.FromSeconds(5);
}
