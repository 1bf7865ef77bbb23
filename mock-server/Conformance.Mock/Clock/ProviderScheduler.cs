using Microsoft.Extensions.Logging;

namespace Conformance.Mock.Clock;

/// <summary>
/// Runs work when the provider clock reaches its due time: lifecycle transitions and callback
/// attempts. Jobs run one at a time in (due time, scheduling order); a job scheduled while due work
/// runs is picked up in the same pass when it is already due, so one clock advance settles every
/// chain of work due before the new "now".
/// </summary>
public sealed class ProviderScheduler(ProviderClock clock, ILogger<ProviderScheduler> logger) : IDisposable
{
    private readonly PriorityQueue<ScheduledJob, (long DueTicks, long Sequence)> queue = new();
    private readonly Lock queueLock = new();
    private readonly SemaphoreSlim runGate = new(1, 1);
    private long sequence;

    public void Schedule(ScheduledJob job)
    {
        lock (queueLock)
        {
            queue.Enqueue(job, (job.DueAt.UtcTicks, sequence++));
        }
    }

    /// <summary>Pending jobs, earliest first.</summary>
    public IReadOnlyList<ScheduledJob> Pending()
    {
        lock (queueLock)
        {
            return [.. queue.UnorderedItems.OrderBy(i => i.Priority).Select(i => i.Element)];
        }
    }

    /// <summary>Drops every pending job (used by reset).</summary>
    public void Clear()
    {
        lock (queueLock)
        {
            queue.Clear();
        }
    }

    /// <summary>Runs every job due at or before the clock's current time; returns how many ran.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        await runGate.WaitAsync(cancellationToken);
        try
        {
            var ran = 0;
            while (TryTakeDue(clock.GetUtcNow(), out var job))
            {
                try
                {
                    await job.Work(job.DueAt, cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Scheduled job failed: {Job}", job.Description);
                }

                ran++;
            }

            return ran;
        }
        finally
        {
            runGate.Release();
        }
    }

    public void Dispose() => runGate.Dispose();

    private bool TryTakeDue(DateTimeOffset now, out ScheduledJob job)
    {
        lock (queueLock)
        {
            if (queue.TryPeek(out var next, out _) && next.DueAt <= now)
            {
                job = queue.Dequeue();
                return true;
            }
        }

        job = null!;
        return false;
    }
}
