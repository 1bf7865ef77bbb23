using Conformance.Mock.Apis.SiviAfs.State;

namespace Conformance.Mock.Apis.SiviAfs.Query;

/// <summary>Filter, sort and page datasets (contract, <c>retrievePolicies</c>: <c>validOn</c> has picked the versions already).</summary>
public static class SiviAfsSelection
{
    public static IReadOnlyList<SiviAfsSnapshot> Select(IReadOnlyList<SiviAfsSnapshot> datasets, SiviAfsQuery query, SiviAfsCluster cluster)
    {
        ArgumentNullException.ThrowIfNull(datasets);
        ArgumentNullException.ThrowIfNull(query);
        IEnumerable<SiviAfsSnapshot> selected = query.Filter.Count == 0 ? datasets : datasets.Where(d => query.Filter.All(c => c.MatchesDataset(d.Body)));
        if (query.Sort.Count > 0)
        {
            selected = selected.Order(new Comparer(query.Sort, cluster));
        }

        return [.. selected.Skip(query.Offset).Take(query.Limit)];
    }

    /// <summary>By the keys in turn (datasets without a value after those with one, both directions), then by id ascending.</summary>
    private sealed class Comparer(IReadOnlyList<SiviAfsSortKey> keys, SiviAfsCluster cluster) : IComparer<SiviAfsSnapshot>
    {
        public int Compare(SiviAfsSnapshot? x, SiviAfsSnapshot? y)
        {
            var left = x!.Main(cluster);
            var right = y!.Main(cluster);
            foreach (var key in keys)
            {
                var a = SiviAfsScalar.Of(left[key.Attribute.Name], key.Attribute.Kind);
                var b = SiviAfsScalar.Of(right[key.Attribute.Name], key.Attribute.Kind);
                var order = (a, b) switch
                {
                    (null, null) => 0,
                    (null, _) => 1,
                    (_, null) => -1,
                    _ => key.Descending ? SiviAfsScalar.Compare(b, a) : SiviAfsScalar.Compare(a, b),
                };
                if (order != 0)
                {
                    return order;
                }
            }

            return string.CompareOrdinal(x.Id, y.Id);
        }
    }
}
