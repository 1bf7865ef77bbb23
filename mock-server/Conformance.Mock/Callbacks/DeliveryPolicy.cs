namespace Conformance.Mock.Callbacks;

/// <summary>
/// How one callback is delivered: how many attempts, how long to wait after each failed one (on the
/// provider clock), which answers count as delivered, and extra request headers. The default is
/// FiNUM's: 5 attempts, waiting 1, 2, 4, 8 s, any 2xx delivers.
/// </summary>
public sealed record DeliveryPolicy
{
    public static DeliveryPolicy Default { get; } = new();

    /// <summary>At least 1.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>Wait after failed attempt n (1-based) is entry n - 1; the last entry repeats. Empty = retry at once.</summary>
    public IReadOnlyList<TimeSpan> Backoff { get; init; } =
        [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8)];

    /// <summary>Statuses that count as delivered; empty = any 2xx.</summary>
    public IReadOnlySet<int> DeliveredStatuses { get; init; } = new HashSet<int>();

    /// <summary>Sent with every attempt, beside <c>Content-Type: application/json</c>.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Real-time limit for one attempt's answer.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public bool IsDelivered(int status) =>
        DeliveredStatuses.Count == 0 ? status is >= 200 and < 300 : DeliveredStatuses.Contains(status);

    public TimeSpan BackoffAfter(int attempt) =>
        Backoff.Count == 0 ? TimeSpan.Zero : Backoff[Math.Clamp(attempt - 1, 0, Backoff.Count - 1)];
}
