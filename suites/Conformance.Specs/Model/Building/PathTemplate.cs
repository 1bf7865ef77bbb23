using System.Text.RegularExpressions;

namespace Conformance.Specs.Model.Building;

/// <summary>
/// A compiled path template. Each segment is a literal, a whole-segment parameter (<c>{id}</c>) or a
/// mixed segment (<c>{id}.pdf</c>); <see cref="Rank"/> orders matches so literal segments win.
/// </summary>
internal sealed partial class PathTemplate
{
    private readonly Segment[] segments;

    public PathTemplate(string template)
    {
        Template = template;
        segments = [.. PathSegments.Split(template).Select(Compile)];
    }

    public string Template { get; }

    public int SegmentCount => segments.Length;

    /// <summary>Matches decoded segments; fills <paramref name="parameters"/> and gives the rank (lower is more specific).</summary>
    public bool TryMatch(IReadOnlyList<string> decoded, Dictionary<string, string> parameters, out int[] rank)
    {
        rank = new int[segments.Length];
        if (decoded.Count != segments.Length)
        {
            return false;
        }

        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            rank[i] = segment.Kind;
            if (segment.Pattern is null)
            {
                if (!string.Equals(segment.Literal, decoded[i], StringComparison.Ordinal))
                {
                    return false;
                }

                continue;
            }

            Match match;
            try
            {
                match = segment.Pattern.Match(decoded[i]);
            }
            catch (RegexMatchTimeoutException)
            {
                return false;
            }

            if (!match.Success)
            {
                return false;
            }

            foreach (var name in segment.Names)
            {
                parameters[name] = match.Groups[GroupName(segment.Names, name)].Value;
            }
        }

        return true;
    }

    private static Segment Compile(string segment)
    {
        var expressions = Expression().Matches(segment);
        if (expressions.Count == 0)
        {
            return new Segment(0, segment, null, []);
        }

        var names = expressions.Select(m => m.Groups[1].Value).ToArray();
        var pattern = "^";
        var last = 0;
        for (var i = 0; i < expressions.Count; i++)
        {
            pattern += Regex.Escape(segment[last..expressions[i].Index]) + $"(?<{GroupName(names, names[i])}>.+?)";
            last = expressions[i].Index + expressions[i].Length;
        }

        pattern += Regex.Escape(segment[last..]) + "$";
        var whole = expressions.Count == 1 && expressions[0].Length == segment.Length;
        return new Segment(whole ? 2 : 1, segment, new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromSeconds(1)), names);
    }

    private static string GroupName(string[] names, string name) => "p" + Array.IndexOf(names, name);

    [GeneratedRegex(@"\{([^{}]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Expression();

    /// <param name="Kind">0 literal, 1 mixed, 2 whole-segment parameter.</param>
    private sealed record Segment(int Kind, string Literal, Regex? Pattern, string[] Names);
}
