namespace Conformance.Runner.Transport;

/// <summary>What <see cref="PoliteTransport"/> noticed during a run: slow answers and honoured <c>Retry-After</c> waits.</summary>
public sealed class PaceLog
{
    private readonly Lock gate = new();
    private readonly List<string> slow = [];
    private readonly List<string> throttled = [];

    public IReadOnlyList<string> SlowAnswers
    {
        get
        {
            lock (gate)
            {
                return [.. slow.Order(StringComparer.Ordinal)];
            }
        }
    }

    public IReadOnlyList<string> Throttled
    {
        get
        {
            lock (gate)
            {
                return [.. throttled.Order(StringComparer.Ordinal)];
            }
        }
    }

    internal void Slow(string text)
    {
        lock (gate)
        {
            slow.Add(text);
        }
    }

    internal void Throttle(string text)
    {
        lock (gate)
        {
            throttled.Add(text);
        }
    }
}
