using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Conformance.Runner.Expressions;

using Selector = Func<JsonNode?, JsonNode?, IEnumerable<JsonNode?>>;
using Filter = Func<JsonNode?, JsonNode?, ExpressionResult>;

/// <summary>Parser for <see cref="JsonPathQuery"/>; see there for the supported subset.</summary>
internal sealed class JsonPathParser : TextParser
{

    private JsonPathParser(string text)
        : base("JSONPath", text)
    {
    }

    public static bool TryParse(string text, out JsonPathQuery? query, out string? error)
    {
        query = null;
        var parser = new JsonPathParser(text.Trim());
        try
        {
            var selector = parser.ParseQuery('$');
            if (parser.position < parser.text.Length)
            {
                throw parser.Fail($"unexpected '{parser.text[parser.position]}'");
            }

            query = new JsonPathQuery(text, selector);
            error = null;
            return true;
        }
        catch (FormatException e)
        {
            error = e.Message;
            return false;
        }
    }

    /// <summary>Parses <c>$…</c> or <c>@…</c>; the selector takes (root, current).</summary>
    private Selector ParseQuery(char start)
    {
        if (!Peek(start))
        {
            throw Fail($"'{start}' expected");
        }

        position++;
        var segments = new List<Func<JsonNode?, JsonNode?, IEnumerable<JsonNode?>>>();
        while (position < text.Length)
        {
            if (Peek('.') && PeekAt(1, '.'))
            {
                position += 2;
                var child = Peek('[') ? ParseBracket() : ParseDotName();
                segments.Add((root, node) => JsonPathNodes.Descendants(node).SelectMany(d => child(root, d)));
            }
            else if (Peek('.'))
            {
                position++;
                segments.Add(ParseDotName());
            }
            else if (Peek('['))
            {
                segments.Add(ParseBracket());
            }
            else
            {
                break;
            }
        }

        var origin = start;
        return (root, current) =>
        {
            IEnumerable<JsonNode?> nodes = [origin == '$' ? root : current];
            foreach (var segment in segments)
            {
                var s = segment;
                nodes = nodes.SelectMany(n => s(root, n)).ToList();
            }

            return nodes;
        };
    }

    private Func<JsonNode?, JsonNode?, IEnumerable<JsonNode?>> ParseDotName()
    {
        if (Peek('*'))
        {
            position++;
            return (_, node) => JsonPathNodes.Children(node);
        }

        var begin = position;
        while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] is '_' or '-' || text[position] > 127))
        {
            position++;
        }

        if (begin == position)
        {
            throw Fail("a member name expected");
        }

        var name = text[begin..position];
        return (_, node) => JsonPathNodes.Member(node, name);
    }

    private Func<JsonNode?, JsonNode?, IEnumerable<JsonNode?>> ParseBracket()
    {
        position++;
        var selectors = new List<Func<JsonNode?, JsonNode?, IEnumerable<JsonNode?>>>();
        do
        {
            SkipSpace();
            selectors.Add(ParseSelector());
            SkipSpace();
        }
        while (Accept(","));

        if (!Accept("]"))
        {
            throw Fail("']' expected");
        }

        return (root, node) => selectors.SelectMany(s => s(root, node));
    }

    private Func<JsonNode?, JsonNode?, IEnumerable<JsonNode?>> ParseSelector()
    {
        if (Peek('*'))
        {
            position++;
            return (_, node) => JsonPathNodes.Children(node);
        }

        if (Peek('\'') || Peek('"'))
        {
            var name = ReadQuoted();
            return (_, node) => JsonPathNodes.Member(node, name);
        }

        if (Peek('?'))
        {
            position++;
            var filter = ParseOr();
            return (root, node) => JsonPathNodes.Children(node).Where(child => JsonValues.IsTruthy(filter(root, child)));
        }

        var first = ReadInteger();
        if (!Accept(":"))
        {
            return first is { } index ? (_, node) => JsonPathNodes.Index(node, index) : throw Fail("a selector expected");
        }

        var end = ReadInteger();
        return (_, node) => node is JsonArray array ? JsonPathNodes.Slice(array, first, end) : [];
    }

    private Filter ParseOr()
    {
        var left = ParseAnd();
        while (Accept("||"))
        {
            var l = left;
            var r = ParseAnd();
            left = (root, at) => Bool(JsonValues.IsTruthy(l(root, at)) || JsonValues.IsTruthy(r(root, at)));
        }

        return left;
    }

    private Filter ParseAnd()
    {
        var left = ParseUnary();
        while (Accept("&&"))
        {
            var l = left;
            var r = ParseUnary();
            left = (root, at) => Bool(JsonValues.IsTruthy(l(root, at)) && JsonValues.IsTruthy(r(root, at)));
        }

        return left;
    }

    private Filter ParseUnary()
    {
        SkipSpace();
        if (Peek('!') && !PeekAt(1, '='))
        {
            position++;
            var operand = ParseUnary();
            return (root, at) => Bool(!JsonValues.IsTruthy(operand(root, at)));
        }

        if (Peek('('))
        {
            position++;
            var inner = ParseOr();
            if (!Accept(")"))
            {
                throw Fail("')' expected");
            }

            return inner;
        }

        var (left, query) = ParseOperand();
        SkipSpace();
        string[] operators = ["==", "!=", "<=", ">=", "<", ">"];
        var op = operators.FirstOrDefault(o => string.CompareOrdinal(text, position, o, 0, o.Length) == 0);
        if (op is null)
        {
            // An existence test: a query is true when it selects something (RFC 9535 §2.3.5.1).
            return query is not null ? (root, at) => Bool(query(root, at).Any()) : (root, at) => Bool(JsonValues.IsTruthy(left(root, at)));
        }

        position += op.Length;
        var (right, _) = ParseOperand();
        return (root, at) =>
        {
            var a = left(root, at);
            var b = right(root, at);
            if (!a.IsDefined || !b.IsDefined)
            {
                // "Nothing" equals only "Nothing" (RFC 9535 §2.3.5.2.2).
                var bothNothing = !a.IsDefined && !b.IsDefined;
                return Bool(op switch { "==" or "<=" or ">=" => bothNothing, "!=" => !bothNothing, _ => false });
            }

            return Bool(op switch
            {
                "==" => JsonValues.AreEqual(a.Value, b.Value),
                "!=" => !JsonValues.AreEqual(a.Value, b.Value),
                _ => JsonValues.Compare(a.Value, b.Value) is { } c && op switch
                {
                    "<" => c < 0,
                    "<=" => c <= 0,
                    ">" => c > 0,
                    _ => c >= 0,
                },
            });
        };
    }

    /// <summary>A comparable: literal, singular query or function call. Queries yield their single node.</summary>
    private (Filter Value, Selector? Query) ParseOperand()
    {
        SkipSpace();
        if (Peek('@') || Peek('$'))
        {
            var query = ParseQuery(text[position]);
            return ((root, at) => JsonPathNodes.Single([.. query(root, at)]), query);
        }

        if (Peek('\'') || Peek('"'))
        {
            var literal = JsonValue.Create(ReadQuoted());
            return ((_, _) => ExpressionResult.Of(literal), null);
        }

        var begin = position;
        while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] is '.' or '-' or '+' or '_'))
        {
            position++;
        }

        var word = text[begin..position];
        if (Accept("("))
        {
            return (ParseFunction(word), null);
        }

        JsonNode? value = word switch
        {
            "true" => JsonValue.Create(true),
            "false" => JsonValue.Create(false),
            "null" => null,
            _ when double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) => JsonValue.Create(n),
            _ => throw Fail(word.Length == 0 ? "an operand expected" : $"'{word}' is not a literal, query or function"),
        };
        return ((_, _) => ExpressionResult.Of(value), null);
    }

    private Filter ParseFunction(string name)
    {
        SkipSpace();
        if (!Peek('@') && !Peek('$'))
        {
            throw Fail($"{name}() takes a query");
        }

        var query = ParseQuery(text[position]);
        if (!Accept(")"))
        {
            throw Fail("')' expected");
        }

        return name switch
        {
            "count" => (root, at) => ExpressionResult.Of(JsonValue.Create(query(root, at).Count())),
            "value" => (root, at) => JsonPathNodes.Single([.. query(root, at)]),
            "length" => (root, at) => JsonPathNodes.Single([.. query(root, at)]) is { IsDefined: true } one ? JsonPathNodes.Length(one.Value) : ExpressionResult.Undefined,
            _ => throw Fail($"unknown function '{name}' (supported: length, count, value)"),
        };
    }

    private int? ReadInteger()
    {
        SkipSpace();
        var begin = position;
        if (Peek('-'))
        {
            position++;
        }

        while (position < text.Length && char.IsAsciiDigit(text[position]))
        {
            position++;
        }

        SkipSpace();
        var digits = text[begin..position].Trim();
        return digits.Length == 0 ? null
            : int.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : throw Fail($"'{digits}' is not an index");
    }

    private string ReadQuoted()
    {
        var quote = text[position++];
        var builder = new System.Text.StringBuilder();
        while (position < text.Length && text[position] != quote)
        {
            if (text[position] == '\\' && position + 1 < text.Length)
            {
                position++;
            }

            builder.Append(text[position++]);
        }

        if (position >= text.Length)
        {
            throw Fail("unterminated string literal");
        }

        position++;
        return builder.ToString();
    }
}
