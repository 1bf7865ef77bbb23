using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Conformance.Specs.Loading;

/// <summary>
/// Reads strict JSON (RFC 8259; comments skipped, no trailing commas) into a node tree, recording the
/// line and column of every node. Limits from <see cref="ParseLimits"/> apply.
/// </summary>
internal sealed class JsonSourceReader
{
    /// <summary>Starts the message of a JSON syntax error (as opposed to a refusal by a limit).</summary>
    public const string SyntaxErrorPrefix = "Malformed JSON: ";

    private readonly byte[] utf8;
    private readonly string source;
    private readonly SourcePositions positions = new();
    private readonly Stack<(JsonNode Container, string? PendingName)> stack = new();
    private int scannedTo;
    private int line = 1;
    private int column = 1;
    private int nodes;

    private JsonSourceReader(byte[] utf8, string source)
    {
        this.utf8 = utf8;
        this.source = source;
    }

    public static ParsedSource Read(string text, string source) => new JsonSourceReader(Encoding.UTF8.GetBytes(text), source).Read();

    private ParsedSource Read()
    {
        var options = new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = false,
            MaxDepth = ParseLimits.MaxDepth + 8,
        };
        var reader = new Utf8JsonReader(utf8, options);
        JsonNode? root = null;
        string? propertyName = null;
        var sawRoot = false;
        try
        {
            while (reader.Read())
            {
                var position = PositionAt((int)reader.TokenStartIndex);
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        propertyName = reader.GetString();
                        continue;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        stack.Pop();
                        continue;
                }

                if (++nodes > ParseLimits.MaxNodes)
                {
                    return Fail($"The document has more than {ParseLimits.MaxNodes:N0} nodes; it is refused as too large.", position);
                }

                JsonNode? node = reader.TokenType switch
                {
                    JsonTokenType.StartObject => new JsonObject(),
                    JsonTokenType.StartArray => new JsonArray(),
                    JsonTokenType.String => JsonValue.Create(reader.GetString()),
                    JsonTokenType.Number => ReadNumber(ref reader),
                    JsonTokenType.True => JsonValue.Create(true),
                    JsonTokenType.False => JsonValue.Create(false),
                    _ => null,
                };
                positions.Record(node, position);
                if (stack.Count == 0)
                {
                    root = node;
                    sawRoot = true;
                }
                else if (stack.Peek().Container is JsonObject obj)
                {
                    var name = propertyName ?? string.Empty;
                    if (obj.ContainsKey(name))
                    {
                        return Fail($"Duplicate key '{name}'.", position);
                    }

                    obj[name] = node;
                }
                else
                {
                    ((JsonArray)stack.Peek().Container).Add(node);
                }

                if (node is JsonObject or JsonArray)
                {
                    if (stack.Count >= ParseLimits.MaxDepth)
                    {
                        return Fail($"Nesting is deeper than {ParseLimits.MaxDepth} levels; the document is refused.", position);
                    }

                    stack.Push((node, null));
                }
            }
        }
        catch (JsonException ex)
        {
            var at = ex.LineNumber is { } l ? new SourcePosition((int)l + 1, (int)(ex.BytePositionInLine ?? 0) + 1) : (SourcePosition?)null;
            return Fail($"{SyntaxErrorPrefix}{Clean(ex.Message)}", at);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or OverflowException)
        {
            return Fail($"{SyntaxErrorPrefix}{ex.Message}", PositionAt((int)reader.TokenStartIndex));
        }

        return sawRoot
            ? new ParsedSource(root, positions, null)
            : Fail("The document is empty.", null);
    }

    private static JsonValue ReadNumber(ref Utf8JsonReader reader)
    {
        if (reader.TryGetInt64(out var integer))
        {
            return JsonValue.Create(integer);
        }

        return reader.TryGetDecimal(out var exact) ? JsonValue.Create(exact) : JsonValue.Create(reader.GetDouble());
    }

    /// <summary>Advances the line/column count to a byte offset; columns count characters, not bytes.</summary>
    private SourcePosition PositionAt(int offset)
    {
        for (; scannedTo < offset && scannedTo < utf8.Length; scannedTo++)
        {
            var b = utf8[scannedTo];
            if (b == (byte)'\n')
            {
                line++;
                column = 1;
            }
            else if ((b & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return new SourcePosition(line, column);
    }

    private ParsedSource Fail(string message, SourcePosition? at) =>
        ParsedSource.Failed(new SpecDiagnostic(DiagnosticSeverity.Error, message, source, string.Empty, at?.Line, at?.Column));

    private static string Clean(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut >= 0 ? message[..cut] : message).Trim();
    }
}
