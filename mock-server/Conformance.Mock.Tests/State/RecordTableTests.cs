using Conformance.Mock.State;

namespace Conformance.Mock.Tests.State;

public sealed class RecordTableTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Test]
    public void ChangedSince_MixedSeededAndChanged_OrderedByTimeThenIdWithoutDuplicates()
    {
        var table = new RecordTable<Item>([new("b", T0), new("a", T0), new("c", T0.AddSeconds(5))], i => i.Id, i => i.At);

        table.Put(new Item("a", T0.AddSeconds(10)));
        table.Put(new Item("d", T0.AddSeconds(3)));

        Assert.That(table.ChangedSince(T0), Is.EqualTo(new[] { "b", "d", "c", "a" }));
        Assert.That(table.ChangedSince(T0.AddSeconds(5)), Is.EqualTo(new[] { "c", "a" }));
    }

    [Test]
    public void Reset_AfterPut_ForgetsChanges()
    {
        var table = new RecordTable<Item>([new("a", T0)], i => i.Id, i => i.At);
        table.Put(new Item("z", T0));

        table.Reset();

        Assert.That(table.Contains("z"), Is.False);
        Assert.That(table.ChangedSince(DateTimeOffset.MinValue), Is.EqualTo(new[] { "a" }));
    }

    public sealed record Item(string Id, DateTimeOffset At);
}
