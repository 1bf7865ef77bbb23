using Microsoft.Extensions.Hosting;

namespace Conformance.Mock.Clock;

/// <summary>Polls the scheduler on the base clock (every 100 ms) so due work runs without an admin call.</summary>
public sealed class SchedulerPump(ProviderScheduler scheduler, ProviderClock clock) : BackgroundService
{
    /// <summary>Polling period on the base clock.</summary>
    public static readonly TimeSpan Period = TimeSpan.FromMilliseconds(100);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, clock.BaseProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await scheduler.RunDueAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
    }
}
