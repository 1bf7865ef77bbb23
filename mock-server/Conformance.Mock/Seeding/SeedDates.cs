namespace Conformance.Mock.Seeding;

/// <summary>Seeded created/updated timestamps for any API: whole seconds, all before the reference date (up to ten years back); 30 % never updated.</summary>
public static class SeedDates
{
    public static (DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt) CreatedUpdated(StableRandom random, DateTimeOffset referenceDate)
    {
        var createdAt = referenceDate.AddSeconds(-random.Next(3600, (10 * 365 * 86400) + 1));
        var span = (int)(referenceDate - createdAt).TotalSeconds;
        var updatedAt = random.NextDouble() < 0.3 ? createdAt : createdAt.AddSeconds(random.Next(0, span));
        return (createdAt, updatedAt);
    }
}
