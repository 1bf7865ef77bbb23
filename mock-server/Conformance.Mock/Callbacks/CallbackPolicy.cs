namespace Conformance.Mock.Callbacks;

/// <summary>Retry policy of every callback: at most 5 attempts, waiting 1, 2, 4, 8 s (provider clock) between them.</summary>
public static class CallbackPolicy
{
    public const int MaxAttempts = 5;

    /// <summary>Real-time limit for one attempt's answer.</summary>
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Wait after failed attempt <paramref name="attempt"/> (1-based): 2^(attempt-1) seconds.</summary>
    public static TimeSpan BackoffAfter(int attempt) => TimeSpan.FromSeconds(1 << (attempt - 1));
}
