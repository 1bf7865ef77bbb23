using System.Text.Json.Nodes;

namespace Conformance.Runner.Expressions;

/// <summary>
/// A compiled JSONPath query (the RFC 9535 basics: <c>$</c>, <c>.name</c>, <c>['name']</c>,
/// <c>[n]</c> (negative from the end), <c>[a:b]</c>, <c>[*]</c>, unions, <c>..</c>, and filters
/// <c>[?…]</c> with comparisons, <c>&amp;&amp;</c>, <c>||</c>, <c>!</c>, existence tests and the
/// functions <c>length()</c>, <c>count()</c> and <c>value()</c>). Used by <c>jsonpath</c> criteria:
/// a query that selects at least one node is true.
/// </summary>
public sealed class JsonPathQuery
{
    private readonly Func<JsonNode?, JsonNode?, IEnumerable<JsonNode?>> select;

    internal JsonPathQuery(string text, Func<JsonNode?, JsonNode?, IEnumerable<JsonNode?>> select)
    {
        Text = text;
        this.select = select;
    }

    public string Text { get; }

    /// <summary>The selected nodes in document order (a JSON <c>null</c> member is selected as null).</summary>
    public IReadOnlyList<JsonNode?> Select(JsonNode? root) => [.. select(root, root)];

    public static bool TryParse(string text, out JsonPathQuery? query, out string? error) =>
        JsonPathParser.TryParse(text, out query, out error);

    public override string ToString() => Text;
}
