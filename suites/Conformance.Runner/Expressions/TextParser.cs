using System.Text.Json.Nodes;

namespace Conformance.Runner.Expressions;

/// <summary>
/// The cursor the hand-written parsers share (conditions, JSONPath): a position in one line of
/// text, whitespace skipping, token acceptance and errors that name the column (1-based).
/// </summary>
internal abstract class TextParser(string kind, string text)
{
    protected readonly string text = text;
    protected int position;

    protected bool Accept(string token)
    {
        SkipSpace();
        if (string.CompareOrdinal(text, position, token, 0, token.Length) != 0)
        {
            return false;
        }

        position += token.Length;
        return true;
    }

    protected bool Peek(char c) => position < text.Length && text[position] == c;

    protected bool PeekAt(int offset, char c) => position + offset < text.Length && text[position + offset] == c;

    protected void SkipSpace()
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }
    }

    protected FormatException Fail(string message) => new($"{kind} '{text}', column {position + 1}: {message}");

    protected static ExpressionResult Bool(bool value) => ExpressionResult.Of(JsonValue.Create(value));
}
