using Conformance.Mock.State;

namespace Conformance.Mock.Tests.State;

public sealed class VersionedRecordTableTests
{
    private sealed record Item(string Id, string Text);

    private static VersionedRecordTable<Item> Table(params string[] ids) =>
        new([.. ids.Select(id => new Item(id, "seeded"))], i => i.Id);

    [Test]
    public void Put_ExistingKey_AppendsTheNextVersionAndKeepsHistory()
    {
        var table = Table("a");

        var second = table.Put(new Item("a", "two"));
        var third = table.Put(new Item("a", "three"));

        Assert.That(second.Version, Is.EqualTo(2));
        Assert.That(third.Version, Is.EqualTo(3));
        Assert.That(table.History("a").Select(v => (v.Version, v.Value.Text)), Is.EqualTo(new[] { (1L, "seeded"), (2L, "two"), (3L, "three") }));
        Assert.That(table.TryGet("a", out var current) ? current.Value.Text : null, Is.EqualTo("three"));
    }

    [Test]
    public void TryPut_CurrentVersion_Writes()
    {
        var table = Table("a");

        var write = table.TryPut(new Item("a", "two"), expectedVersion: 1);

        Assert.That(write.Written, Is.True);
        Assert.That(write.Current!.Version, Is.EqualTo(2));
    }

    [Test]
    public void TryPut_StaleVersion_IsRefusedAndReportsTheCurrentOne()
    {
        var table = Table("a");
        table.Put(new Item("a", "two"));

        var write = table.TryPut(new Item("a", "lost update"), expectedVersion: 1);

        Assert.That(write.Written, Is.False);
        Assert.That(write.Current!.Version, Is.EqualTo(2));
        Assert.That(table.History("a"), Has.Count.EqualTo(2));
    }

    [Test]
    public void TryPut_VersionZero_CreatesOnlyWhenAbsent()
    {
        var table = Table("a");

        var created = table.TryPut(new Item("b", "new"), expectedVersion: 0);
        var again = table.TryPut(new Item("b", "again"), expectedVersion: 0);

        Assert.That(created.Written, Is.True);
        Assert.That(created.Current!.Version, Is.EqualTo(1));
        Assert.That(again.Written, Is.False);
    }

    [Test]
    public void TryPut_ConcurrentWritersOnOneVersion_ExactlyOneWins()
    {
        var table = Table("a");

        var results = Enumerable.Range(0, 64).AsParallel().Select(i => table.TryPut(new Item("a", $"w{i}"), expectedVersion: 1).Written).ToList();

        Assert.That(results.Count(w => w), Is.EqualTo(1));
        Assert.That(table.History("a"), Has.Count.EqualTo(2));
    }

    [Test]
    public void Reset_ReturnsToTheSeededVersions()
    {
        var table = Table("a");
        table.Put(new Item("a", "two"));
        table.Put(new Item("b", "new"));

        table.Reset();

        Assert.That(table.Count, Is.EqualTo(1));
        Assert.That(table.History("a").Single().Value.Text, Is.EqualTo("seeded"));
        Assert.That(table.History("b"), Is.Empty);
    }

    [Test]
    public void TryPageAfter_WalksEveryRecordOnceInKeyOrder()
    {
        var table = Table("e", "b", "d", "a", "c");
        var seen = new List<string>();
        string? cursor = null;
        do
        {
            Assert.That(table.TryPageAfter(cursor, 2, out var page), Is.True);
            seen.AddRange(page.Items.Select(i => i.Id));
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        Assert.That(seen, Is.EqualTo(new[] { "a", "b", "c", "d", "e" }));
    }

    [Test]
    public void TryPageAfter_RecordsAddedBetweenPages_NeitherRepeatNorSkipTheOthers()
    {
        var table = Table("b", "d", "f", "h");
        table.TryPageAfter(null, 2, out var first);

        table.Put(new Item("a", "before the cursor"));
        table.Put(new Item("e", "after the cursor"));
        table.TryPageAfter(first.NextCursor, 10, out var rest);

        Assert.That(first.Items.Select(i => i.Id), Is.EqualTo(new[] { "b", "d" }));
        Assert.That(rest.Items.Select(i => i.Id), Is.EqualTo(new[] { "e", "f", "h" }));
        Assert.That(rest.NextCursor, Is.Null);
    }

    [TestCase("garbage!")]
    [TestCase("aGVsbG8")]
    public void TryPageAfter_ForeignCursor_IsRefused(string cursor)
    {
        var table = Table("a");

        Assert.That(table.TryPageAfter(cursor, 10, out var page), Is.False);
        Assert.That(page.Items, Is.Empty);
    }

    [Test]
    public void Page_OffsetAndLimit_FollowTheStableOrder()
    {
        var table = Table("c", "a", "e", "b", "d");

        var page = table.Page(offset: 1, limit: 3);
        var past = table.Page(offset: 10, limit: 3);

        Assert.That(page.Items.Select(i => i.Id), Is.EqualTo(new[] { "b", "c", "d" }));
        Assert.That(page.Total, Is.EqualTo(5));
        Assert.That(page.NextCursor, Is.Not.Null);
        Assert.That(past.Items, Is.Empty);
    }

    [Test]
    public void Page_ShowsTheCurrentVersion()
    {
        var table = Table("a");
        table.Put(new Item("a", "two"));

        var item = table.Page(0, 10).Items.Single();

        Assert.That((item.Version, item.Value.Text), Is.EqualTo((2L, "two")));
    }
}
