namespace Conformance.Mock.Apis.Seyna.State;

/// <summary>The sort key of the <c>…-versions</c> endpoints: (timestamp as an instant, id ordinal, version).</summary>
public sealed class SeynaVersionOrder : IComparer<SeynaVersion>
{
    public static SeynaVersionOrder Instance { get; } = new();

    public int Compare(SeynaVersion? x, SeynaVersion? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var byTime = x.Timestamp.UtcTicks.CompareTo(y.Timestamp.UtcTicks);
        if (byTime != 0)
        {
            return byTime;
        }

        var byId = string.CompareOrdinal(x.Id, y.Id);
        return byId != 0 ? byId : x.Version.CompareTo(y.Version);
    }
}
