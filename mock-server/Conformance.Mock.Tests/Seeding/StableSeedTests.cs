using Conformance.Mock.Seeding;

namespace Conformance.Mock.Tests.Seeding;

public sealed class StableSeedTests
{
    [Test]
    public void For_KnownInputs_GivesPinnedSeed()
    {
        // Pinned value: a change here means every seeded record changes.
        Assert.That(StableSeed.For(1, "a", "b", "c"), Is.EqualTo(PinnedSeed));
    }

    [TestCase(2, "finum", "contract", "C100001")]
    [TestCase(1, "finum", "client", "C100001")]
    [TestCase(1, "finum", "contract", "C100002")]
    [TestCase(1, "finu", "mcontract", "C100001")]
    public void For_AnyInputDiffers_DifferentSeed(int seed, string api, string type, string key)
    {
        Assert.That(StableSeed.For(seed, api, type, key), Is.Not.EqualTo(StableSeed.For(1, "finum", "contract", "C100001")));
    }

    [Test]
    public void For_Always_NonNegative()
    {
        Assert.That(Enumerable.Range(0, 1000).Select(i => StableSeed.For(i, "x", "y", i.ToString(System.Globalization.CultureInfo.InvariantCulture))), Is.All.GreaterThanOrEqualTo(0));
    }

    private const int PinnedSeed = 34587479;
}
