namespace Conformance.Specs.Model.Building;

/// <summary>
/// Matches concrete request paths to the documented templates. Rules, in order:
/// the base path is stripped when the path starts with it (a path without it is matched as is);
/// one trailing slash is tolerated (<c>/contract/</c> matches <c>/contract</c>), since no template of
/// ours ends in a slash; segments are split first and then percent-decoded; among matching templates
/// the one with a literal segment at the first position where they differ wins (OpenAPI 3.1
/// §4.8.8.2); when the most specific template does not document the method but a less specific one
/// does, the latter is chosen (as a router would dispatch); otherwise the most specific one is
/// returned with no operation and its <see cref="OperationMatch.AllowedMethods"/>.
/// </summary>
internal sealed class PathMatcher
{
    private readonly List<(PathTemplate Template, IReadOnlyList<SpecOperation> Operations)> templates;
    private readonly string basePath;

    public PathMatcher(IEnumerable<SpecOperation> operations, string basePath)
    {
        this.basePath = basePath;
        templates = [.. operations
            .GroupBy(o => o.PathTemplate, StringComparer.Ordinal)
            .Select(g => (new PathTemplate(g.Key), (IReadOnlyList<SpecOperation>)[.. g.OrderBy(o => HttpMethods.Rank(o.Method))]))];
    }

    public OperationMatch? Match(string method, string path)
    {
        if (string.IsNullOrEmpty(path))
        {
            path = "/";
        }

        if (path.Length > 1 && path.EndsWith('/'))
        {
            path = path[..^1];
        }

        if (basePath.Length > 0 && (path == basePath || path.StartsWith(basePath + "/", StringComparison.Ordinal)))
        {
            var stripped = path.Length == basePath.Length ? "/" : path[basePath.Length..];
            if (MatchPath(method, stripped) is { } withoutBase)
            {
                return withoutBase;
            }
        }

        return MatchPath(method, path);
    }

    private OperationMatch? MatchPath(string method, string path)
    {
        var decoded = PathSegments.SplitDecoded(path);
        var candidates = new List<(int[] Rank, PathTemplate Template, IReadOnlyList<SpecOperation> Operations, Dictionary<string, string> Parameters)>();
        foreach (var (template, operations) in templates)
        {
            var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
            if (template.TryMatch(decoded, parameters, out var rank))
            {
                candidates.Add((rank, template, operations, parameters));
            }
        }

        if (candidates.Count == 0)
        {
            return null;
        }

        candidates.Sort((a, b) => CompareRanks(a.Rank, b.Rank) is var c && c != 0 ? c : string.CompareOrdinal(a.Template.Template, b.Template.Template));
        var upper = method.ToUpperInvariant();
        foreach (var candidate in candidates)
        {
            if (candidate.Operations.FirstOrDefault(o => o.Method == upper) is { } operation)
            {
                return new OperationMatch(candidate.Template.Template, operation, candidate.Parameters, Allowed(candidate.Operations));
            }
        }

        var best = candidates[0];
        return new OperationMatch(best.Template.Template, null, best.Parameters, Allowed(best.Operations));
    }

    private static string[] Allowed(IReadOnlyList<SpecOperation> operations) => [.. operations.Select(o => o.Method)];

    private static int CompareRanks(int[] a, int[] b)
    {
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (a[i] != b[i])
            {
                return a[i].CompareTo(b[i]);
            }
        }

        return 0;
    }
}
