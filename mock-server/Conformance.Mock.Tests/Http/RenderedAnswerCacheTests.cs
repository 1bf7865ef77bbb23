using Conformance.Mock.Http;

namespace Conformance.Mock.Tests.Http;

public sealed class RenderedAnswerCacheTests
{
    [Test]
    public void Offer_FirstAskedThenAskedAgainAtTheSameRevision_KeepsItOnTheSecond()
    {
        var cache = new RenderedAnswerCache();
        var answer = new RenderedAnswer(7, 200, "application/json", [1, 2, 3]);

        cache.Offer("k", answer);
        var afterFirst = cache.Find("k", 7);
        cache.Offer("k", answer);

        Assert.That(afterFirst, Is.Null, "a key asked for once (a traversal page) is not kept");
        Assert.That(cache.Find("k", 7), Is.SameAs(answer));
        Assert.That(cache.Find("k", 8), Is.Null, "another revision is a miss");
    }

    [Test]
    public void Offer_AskedAgainOnlyAfterAWrite_IsNotKept()
    {
        var cache = new RenderedAnswerCache();

        cache.Offer("k", new RenderedAnswer(1, 200, null, [1]));
        cache.Offer("k", new RenderedAnswer(2, 200, null, [2]));

        Assert.That(cache.Find("k", 2), Is.Null);
    }

    [Test]
    public void Offer_OverTheLimits_StaysBounded()
    {
        var cache = new RenderedAnswerCache(maxEntries: 4, maxAnswerBytes: 8);
        for (var i = 0; i < 20; i++)
        {
            var answer = new RenderedAnswer(1, 200, null, [(byte)i]);
            cache.Offer($"k{i}", answer);
            cache.Offer($"k{i}", answer);
        }

        var large = new RenderedAnswer(1, 200, null, new byte[9]);
        cache.Offer("large", large);
        cache.Offer("large", large);

        Assert.That(cache.Count, Is.LessThanOrEqualTo(4));
        Assert.That(cache.Find("k19", 1), Is.Not.Null);
        Assert.That(cache.Find("large", 1), Is.Null);
    }
}
