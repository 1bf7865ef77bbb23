using Conformance.Mock.Http;

namespace Conformance.Mock.Tests.Http;

public sealed class RenderedAnswerCacheTests
{
    [Test]
    public void Wants_FirstAskedThenAskedAgainAtTheSameRevision_OnlyTheSecondTime()
    {
        var cache = new RenderedAnswerCache();

        var first = cache.Wants("k", 7);
        var second = cache.Wants("k", 7);

        Assert.That(first, Is.False, "a key asked for once (a traversal page) is not kept");
        Assert.That(second, Is.True);
    }

    [Test]
    public void Wants_AskedAgainOnlyAfterAWrite_No()
    {
        var cache = new RenderedAnswerCache();

        cache.Wants("k", 1);

        Assert.That(cache.Wants("k", 2), Is.False);
    }

    [Test]
    public void Find_KeptAnswer_OnlyAtItsRevision()
    {
        var cache = new RenderedAnswerCache();
        var answer = new RenderedAnswer(7, 200, "application/json", [1, 2, 3]);

        cache.Keep("k", answer);

        Assert.That(cache.Find("k", 7), Is.SameAs(answer));
        Assert.That(cache.Find("k", 8), Is.Null, "another revision is a miss");
        Assert.That(cache.Find("other", 7), Is.Null);
    }

    [Test]
    public void Keep_OverTheLimits_StaysBounded()
    {
        var cache = new RenderedAnswerCache(maxEntries: 4, maxAnswerBytes: 8);
        for (var i = 0; i < 20; i++)
        {
            cache.Keep($"k{i}", new RenderedAnswer(1, 200, null, [(byte)i]));
        }

        cache.Keep("large", new RenderedAnswer(1, 200, null, new byte[9]));

        Assert.That(cache.Count, Is.LessThanOrEqualTo(4));
        Assert.That(cache.Find("k19", 1), Is.Not.Null);
        Assert.That(cache.Find("large", 1), Is.Null);
    }
}
