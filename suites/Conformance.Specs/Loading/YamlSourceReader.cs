using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Conformance.Specs.Loading;

/// <summary>
/// Converts one YAML document to a JSON node tree by walking YamlDotNet's parser events, recording
/// the line and column of every node. Scalars are typed per the YAML 1.2 core schema
/// (<see cref="YamlScalarTyping"/>); keys are always strings; anchors and aliases are resolved by
/// copying (bounded by <see cref="ParseLimits.MaxNodes"/>, so alias bombs are refused); YAML 1.1
/// merge keys (<c>&lt;&lt;</c>) are honoured. Multi-document streams and non-scalar keys are refused.
/// </summary>
internal sealed class YamlSourceReader
{
    private readonly Parser parser;
    private readonly string source;
    private readonly SourcePositions positions = new();
    private readonly Dictionary<string, Anchored> anchors = new(StringComparer.Ordinal);
    private Mark lastMark = Mark.Empty;
    private ParsingEvent? buffered;
    private int nodes;

    private YamlSourceReader(string text, string source)
    {
        parser = new Parser(new StringReader(text));
        this.source = source;
    }

    public static ParsedSource Read(string text, string source) => new YamlSourceReader(text, source).Read();

    private ParsedSource Read()
    {
        try
        {
            Consume<StreamStart>();
            if (Peek() is StreamEnd)
            {
                return Fail("The document is empty.", null) with { IsEmpty = true };
            }

            Consume<DocumentStart>();
            if (Peek() is DocumentEnd)
            {
                return Fail("The document is empty.", null) with { IsEmpty = true };
            }

            var (root, _) = ReadNode(0);
            Consume<DocumentEnd>();
            if (Peek() is DocumentStart)
            {
                return Fail("The file holds more than one YAML document; a file holds exactly one.", Position(Peek()!.Start));
            }

            return new ParsedSource(root, positions, null);
        }
        catch (YamlRefusal refusal)
        {
            return Fail(refusal.Message, refusal.At);
        }
        catch (YamlException ex)
        {
            return Fail($"Malformed YAML: {Clean(ex.Message)}", Position(ex.Start));
        }
#pragma warning disable CA1031 // YamlDotNet's scanner throws InvalidOperationException and others on some malformed input.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Fail($"Malformed YAML: {ex.Message}", Position(lastMark));
        }
    }

    /// <returns>The node and the height of its subtree (1 for a scalar).</returns>
    private (JsonNode? Node, int Height) ReadNode(int depth)
    {
        var current = Next();
        switch (current)
        {
            case AnchorAlias alias:
                return Expand(alias, depth);
            case Scalar scalar:
                Count(scalar.Start);
                var value = Type(scalar);
                positions.Record(value, Position(scalar.Start));
                Remember(scalar.Anchor, value, 1, 1);
                return (value, 1);
            case SequenceStart start:
                return ReadSequence(start, depth);
            case MappingStart start:
                return ReadMapping(start, depth);
            default:
                throw new YamlRefusal($"Unexpected YAML event {current.GetType().Name}.", Position(current.Start));
        }
    }

    private (JsonNode? Node, int Height) ReadSequence(SequenceStart start, int depth)
    {
        Enter(start.Start, depth);
        var before = nodes;
        var array = new JsonArray();
        positions.Record(array, Position(start.Start));
        var height = 0;
        while (Peek() is not SequenceEnd)
        {
            var itemAt = Position(Peek()?.Start ?? lastMark);
            var (item, h) = ReadNode(depth + 1);
            positions.RecordMember(array, array.Count.ToString(CultureInfo.InvariantCulture), itemAt, itemAt);
            array.Add(item);
            height = Math.Max(height, h);
        }

        Next();
        Remember(start.Anchor, array, nodes - before, height + 1);
        return (array, height + 1);
    }

    private (JsonNode? Node, int Height) ReadMapping(MappingStart start, int depth)
    {
        Enter(start.Start, depth);
        var before = nodes;
        var obj = new JsonObject();
        positions.Record(obj, Position(start.Start));
        var merges = new List<JsonObject>();
        var height = 0;
        var mergeAt = Mark.Empty;
        while (Peek() is not MappingEnd)
        {
            var keyEvent = Peek()!;
            var key = ReadKey();
            var valueAt = Position(Peek()?.Start ?? lastMark);
            var (value, h) = ReadNode(depth + 1);
            height = Math.Max(height, h);
            if (key == "<<" && keyEvent is Scalar { Style: ScalarStyle.Plain })
            {
                CollectMerge(value, merges, keyEvent.Start);
                mergeAt = keyEvent.Start;
                continue;
            }

            if (obj.ContainsKey(key))
            {
                throw new YamlRefusal($"Duplicate key '{key}'.", Position(keyEvent.Start));
            }

            obj[key] = value;
            positions.RecordMember(obj, key, Position(keyEvent.Start), valueAt);
        }

        Next();
        foreach (var merged in merges)
        {
            foreach (var (name, value) in merged)
            {
                if (!obj.ContainsKey(name))
                {
                    // A merged member is written at the merge key.
                    obj[name] = value?.DeepClone();
                    positions.RecordMember(obj, name, Position(mergeAt), Position(mergeAt));
                }
            }
        }

        Remember(start.Anchor, obj, nodes - before, height + 1);
        return (obj, height + 1);
    }

    private string ReadKey()
    {
        var keyEvent = Next();
        return keyEvent switch
        {
            Scalar scalar => scalar.Value,
            AnchorAlias alias when anchors.TryGetValue(alias.Value.Value, out var a) && a.Node is JsonValue v => v.ToString(),
            AnchorAlias alias when anchors.TryGetValue(alias.Value.Value, out var a) && a.Node is null => string.Empty,
            _ => throw new YamlRefusal("Only scalar mapping keys are supported (JSON object keys are strings).", Position(keyEvent.Start)),
        };
    }

    private static void CollectMerge(JsonNode? value, List<JsonObject> merges, Mark at)
    {
        switch (value)
        {
            case JsonObject single:
                merges.Add(single);
                break;
            case JsonArray list when list.All(item => item is JsonObject):
                merges.AddRange(list.Cast<JsonObject>());
                break;
            default:
                throw new YamlRefusal("A merge key ('<<') must be given a mapping or a list of mappings.", Position(at));
        }
    }

    private (JsonNode? Node, int Height) Expand(AnchorAlias alias, int depth)
    {
        if (!anchors.TryGetValue(alias.Value.Value, out var anchored))
        {
            throw new YamlRefusal($"Alias '*{alias.Value.Value}' refers to no anchor defined before it.", Position(alias.Start));
        }

        if (depth + anchored.Height > ParseLimits.MaxDepth)
        {
            throw new YamlRefusal($"Nesting is deeper than {ParseLimits.MaxDepth} levels after alias expansion; the document is refused.", Position(alias.Start));
        }

        nodes += anchored.NodeCount;
        Count(alias.Start);
        var copy = anchored.Node?.DeepClone();
        positions.Record(copy, Position(alias.Start));
        return (copy, anchored.Height);
    }

    private void Remember(AnchorName anchor, JsonNode? node, int nodeCount, int height)
    {
        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = new Anchored(node, nodeCount, height);
        }
    }

    private void Enter(Mark at, int depth)
    {
        Count(at);
        if (depth >= ParseLimits.MaxDepth)
        {
            throw new YamlRefusal($"Nesting is deeper than {ParseLimits.MaxDepth} levels; the document is refused.", Position(at));
        }
    }

    private void Count(Mark at)
    {
        if (++nodes > ParseLimits.MaxNodes)
        {
            throw new YamlRefusal(
                $"The document expands to more than {ParseLimits.MaxNodes:N0} nodes (counting alias copies); it is refused as too large.",
                Position(at));
        }
    }

    private static JsonNode? Type(Scalar scalar)
    {
        var tag = scalar.Tag;
        if (!tag.IsEmpty && !tag.IsNonSpecific)
        {
            if (YamlScalarTyping.TryResolveTagged(tag.Value, scalar.Value, out var tagged))
            {
                return tagged;
            }

            if (tag.Value.StartsWith("tag:yaml.org,2002:", StringComparison.Ordinal) && tag.Value != "tag:yaml.org,2002:str")
            {
                throw new YamlRefusal($"The value '{scalar.Value}' does not fit its tag {tag.Value}.", Position(scalar.Start));
            }
        }

        // A quoted or block scalar, or one marked with the non-specific tag '!', is a string (YAML 1.2 §6.9.1).
        var forcedString = scalar.Style != ScalarStyle.Plain || (!tag.IsEmpty && tag.IsNonSpecific && tag.Value == "!");
        return forcedString ? JsonValue.Create(scalar.Value) : YamlScalarTyping.ResolvePlain(scalar.Value);
    }

    private ParsingEvent Next()
    {
        ParsingEvent? next = buffered;
        buffered = null;
        if (next is null && parser.MoveNext())
        {
            next = parser.Current;
        }

        if (next is null)
        {
            throw new YamlRefusal("Unexpected end of the YAML stream.", Position(lastMark));
        }

        lastMark = next.Start;
        return next;
    }

    private ParsingEvent? Peek()
    {
        if (buffered is null && parser.MoveNext())
        {
            buffered = parser.Current;
        }

        return buffered;
    }

    private void Consume<T>()
        where T : ParsingEvent
    {
        if (Next() is not T)
        {
            throw new YamlRefusal($"Expected {typeof(T).Name} in the YAML stream.", Position(lastMark));
        }
    }

    private static SourcePosition Position(Mark mark) => new((int)mark.Line, (int)mark.Column);

    private ParsedSource Fail(string message, SourcePosition? at) =>
        ParsedSource.Failed(new SpecDiagnostic(DiagnosticSeverity.Error, message, source, string.Empty, at?.Line, at?.Column));

    private static string Clean(string message)
    {
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 && message.StartsWith("(Line:", StringComparison.Ordinal) ? message[(cut + 3)..] : message;
    }

    private sealed record Anchored(JsonNode? Node, int NodeCount, int Height);
}
