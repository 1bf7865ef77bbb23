using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Conformance.Mock.Apis.Seyna.Http;

/// <summary>
/// The list parameters: <c>limit</c> 1..100 (default 10), <c>sort</c> <c>asc</c> (default) or
/// <c>desc</c>, <c>from</c> a cursor (empty = first page). A repeated or malformed parameter is refused.
/// </summary>
public sealed record SeynaPaging(int Limit, bool Descending, string? From)
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 100;

    public static (SeynaPaging? Paging, string? Problem) Read(IQueryCollection query)
    {
        var limit = DefaultLimit;
        if (query.TryGetValue("limit", out var limits))
        {
            if (limits.Count != 1 || !int.TryParse(limits[0], NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > MaxLimit)
            {
                return (null, "limit: must be one integer from 1 to 100");
            }
        }

        var descending = false;
        if (query.TryGetValue("sort", out var sorts))
        {
            if (sorts.Count != 1 || sorts[0] is not ("asc" or "desc"))
            {
                return (null, "sort: must be asc or desc");
            }

            descending = sorts[0] == "desc";
        }

        string? from = null;
        if (query.TryGetValue("from", out var froms))
        {
            if (froms.Count != 1)
            {
                return (null, "from: give one cursor");
            }

            from = string.IsNullOrEmpty(froms[0]) ? null : froms[0];
        }

        return (new SeynaPaging(limit, descending, from), null);
    }
}
