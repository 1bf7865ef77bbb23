using Conformance.Mock.Clock;
using Microsoft.Extensions.Time.Testing;

namespace Conformance.Mock.Tests.Clock;

public sealed class ProviderClockTests
{
    [Test]
    public void Advance_Span_MovesNowByThatSpan()
    {
        var clock = new ProviderClock(new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));

        clock.Advance(TimeSpan.FromMinutes(5));

        Assert.That(clock.GetUtcNow(), Is.EqualTo(new DateTimeOffset(2026, 1, 1, 0, 5, 0, TimeSpan.Zero)));
        Assert.That(clock.Offset, Is.EqualTo(TimeSpan.FromMinutes(5)));
    }

    [Test]
    public void Advance_Negative_Throws()
    {
        var clock = new ProviderClock();

        Assert.That(() => clock.Advance(TimeSpan.FromSeconds(-1)), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void NowMilliseconds_SubMillisecondTicks_AreTruncated()
    {
        var clock = new ProviderClock(new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(12_345_678)));

        Assert.That(clock.NowMilliseconds().Ticks % TimeSpan.TicksPerMillisecond, Is.Zero);
    }

    [Test]
    public async Task RunDueAsync_JobsDueAfterAdvance_RunInDueOrderAndChainedRetriesToo()
    {
        var clock = new ProviderClock(new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        using var scheduler = new ProviderScheduler(clock, Microsoft.Extensions.Logging.Abstractions.NullLogger<ProviderScheduler>.Instance);
        var ran = new List<string>();
        var start = clock.GetUtcNow();
        scheduler.Schedule(new ScheduledJob(start.AddSeconds(5), "b", (_, _) => { ran.Add("b"); return Task.CompletedTask; }));
        scheduler.Schedule(new ScheduledJob(start.AddSeconds(1), "a", (due, _) =>
        {
            ran.Add("a");
            scheduler.Schedule(new ScheduledJob(due.AddSeconds(1), "a2", (_, _) => { ran.Add("a2"); return Task.CompletedTask; }));
            return Task.CompletedTask;
        }));
        scheduler.Schedule(new ScheduledJob(start.AddSeconds(60), "late", (_, _) => { ran.Add("late"); return Task.CompletedTask; }));

        clock.Advance(TimeSpan.FromSeconds(10));
        var count = await scheduler.RunDueAsync(CancellationToken.None);

        Assert.That(ran, Is.EqualTo(new[] { "a", "a2", "b" }));
        Assert.That(count, Is.EqualTo(3));
        Assert.That(scheduler.Pending().Single().Description, Is.EqualTo("late"));
    }
}
