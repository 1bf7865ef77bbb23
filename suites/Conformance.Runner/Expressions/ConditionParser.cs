using System.Globalization;
using System.Text.Json.Nodes;

namespace Conformance.Runner.Expressions;

/// <summary>
/// Recursive-descent parser for simple conditions: <c>||</c> binds weaker than <c>&amp;&amp;</c>,
/// which binds weaker than <c>!</c> and the comparisons <c>== != &lt; &lt;= &gt; &gt;=</c>.
/// Operands are runtime expressions (bare or in <c>{…}</c>), numbers, quoted strings
/// (<c>'…'</c> or <c>"…"</c>, a doubled quote escapes it), <c>true</c>, <c>false</c>, <c>null</c>.
/// </summary>
internal sealed class ConditionParser : TextParser
{
    private const string OperandStop = " \t\r\n()=!<>&|";
    private readonly List<RuntimeExpression> expressions = [];

    private ConditionParser(string text)
        : base("condition", text)
    {
    }

    public static bool TryParse(string text, out Condition? condition, out string? error)
    {
        condition = null;
        var parser = new ConditionParser(text);
        try
        {
            var root = parser.ParseOr();
            parser.SkipSpace();
            if (parser.position < text.Length)
            {
                throw parser.Fail($"unexpected '{text[parser.position]}'");
            }

            condition = new Condition(text, root, parser.expressions);
            error = null;
            return true;
        }
        catch (FormatException e)
        {
            error = e.Message;
            return false;
        }
    }

    private Func<ExpressionScope, ExpressionResult> ParseOr()
    {
        var left = ParseAnd();
        while (Accept("||"))
        {
            var l = left;
            var r = ParseAnd();
            left = s => Bool(JsonValues.IsTruthy(l(s)) || JsonValues.IsTruthy(r(s)));
        }

        return left;
    }

    private Func<ExpressionScope, ExpressionResult> ParseAnd()
    {
        var left = ParseUnary();
        while (Accept("&&"))
        {
            var l = left;
            var r = ParseUnary();
            left = s => Bool(JsonValues.IsTruthy(l(s)) && JsonValues.IsTruthy(r(s)));
        }

        return left;
    }

    private Func<ExpressionScope, ExpressionResult> ParseUnary()
    {
        SkipSpace();
        if (Peek('!') && !PeekAt(1, '='))
        {
            position++;
            var operand = ParseUnary();
            return s => Bool(!JsonValues.IsTruthy(operand(s)));
        }

        return ParseComparison();
    }

    private Func<ExpressionScope, ExpressionResult> ParseComparison()
    {
        var left = ParsePrimary();
        string[] operators = ["==", "!=", "<=", ">=", "<", ">"];
        SkipSpace();
        var op = operators.FirstOrDefault(o => string.CompareOrdinal(text, position, o, 0, o.Length) == 0);
        if (op is null)
        {
            return left;
        }

        position += op.Length;
        var right = ParsePrimary();
        return s =>
        {
            var a = left(s);
            var b = right(s);
            if (!a.IsDefined || !b.IsDefined)
            {
                return Bool(op == "!=");
            }

            return Bool(op switch
            {
                "==" => JsonValues.AreEqual(a.Value, b.Value, StringComparison.OrdinalIgnoreCase),
                "!=" => !JsonValues.AreEqual(a.Value, b.Value, StringComparison.OrdinalIgnoreCase),
                _ => JsonValues.Compare(a.Value, b.Value, StringComparison.OrdinalIgnoreCase) is { } c && op switch
                {
                    "<" => c < 0,
                    "<=" => c <= 0,
                    ">" => c > 0,
                    _ => c >= 0,
                },
            });
        };
    }

    private Func<ExpressionScope, ExpressionResult> ParsePrimary()
    {
        SkipSpace();
        if (position >= text.Length)
        {
            throw Fail("an operand is missing");
        }

        var c = text[position];
        if (c == '(')
        {
            position++;
            var inner = ParseOr();
            if (!Accept(")"))
            {
                throw Fail("')' expected");
            }

            return inner;
        }

        if (c is '\'' or '"')
        {
            var literal = JsonValue.Create(ReadQuoted(c));
            return _ => ExpressionResult.Of(literal);
        }

        if (c == '$' || c == '{' && PeekAt(1, '$'))
        {
            return ReadExpression();
        }

        var start = position;
        while (position < text.Length && !OperandStop.Contains(text[position], StringComparison.Ordinal))
        {
            position++;
        }

        var word = text[start..position];
        JsonNode? value = word switch
        {
            "true" => JsonValue.Create(true),
            "false" => JsonValue.Create(false),
            "null" => null,
            _ when double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
            _ => throw Fail(word.Length == 0 ? $"unexpected '{c}'" : $"'{word}' is not a literal or runtime expression"),
        };
        return _ => ExpressionResult.Of(value);
    }

    private Func<ExpressionScope, ExpressionResult> ReadExpression()
    {
        string raw;
        if (text[position] == '{')
        {
            var end = text.IndexOf('}', position);
            if (end < 0)
            {
                throw Fail("'}' expected");
            }

            raw = text[(position + 1)..end];
            position = end + 1;
        }
        else
        {
            var start = position;
            while (position < text.Length && !OperandStop.Contains(text[position], StringComparison.Ordinal))
            {
                position++;
            }

            raw = text[start..position];
        }

        if (!RuntimeExpression.TryParse(raw, out var expression, out var error))
        {
            throw Fail(error!);
        }

        expressions.Add(expression!);
        return s => ExpressionEvaluator.Evaluate(expression!, s);
    }

    private string ReadQuoted(char quote)
    {
        var builder = new System.Text.StringBuilder();
        position++;
        while (position < text.Length)
        {
            if (text[position] == quote)
            {
                if (PeekAt(1, quote))
                {
                    builder.Append(quote);
                    position += 2;
                    continue;
                }

                position++;
                return builder.ToString();
            }

            builder.Append(text[position++]);
        }

        throw Fail("unterminated string literal");
    }
}
