using Bogus;

namespace Conformance.Mock.Apis.Finum.Seeding;

/// <summary>Seeded timestamps: whole seconds, all before the reference date (up to ten years back).</summary>
public static class FinumDates
{
    public static (DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt) CreatedUpdated(Randomizer random, DateTimeOffset referenceDate)
    {
        var createdAt = referenceDate.AddSeconds(-random.Number(3600, 10 * 365 * 86400));
        var span = (int)(referenceDate - createdAt).TotalSeconds;
        var updatedAt = random.Double() < 0.3 ? createdAt : createdAt.AddSeconds(random.Number(0, span - 1));
        return (createdAt, updatedAt);
    }
}
