using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Conformance.Specs.Validation;

/// <summary>
/// Compiles a JSON Schema <c>pattern</c> with ECMA-262 semantics (JSON Schema 2020-12 §6.4; the
/// <c>u</c> flag, as the test suite expects) on the .NET engine. The text is translated rather than
/// compiled with <see cref="RegexOptions.ECMAScript"/>, which refuses <c>\p{…}</c> and still lets
/// <c>$</c> match before a final newline. Translated: <c>\d \w \s</c> and their negations to the
/// ECMA-262 sets (ASCII digits and word characters; the ECMA-262 white space list), <c>$</c> to the
/// end of the input only, <c>.</c> to any code point but a line terminator, <c>\p{Letter}</c>-style
/// long names to .NET's short categories, <c>\u{…}</c> and literal astral characters to surrogate
/// pairs that quantifiers treat as one unit. Patterns are cached: a document repeats them.
/// </summary>
internal static class EcmaPattern
{
    private const string Whitespace = @"\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";
    private const string NotWhitespaceInClass = @"\x00-\x08\x0e-\x1f!-\u009f\u00a1-\u167f\u1681-\u1fff\u200b-\u2027\u202a-\u202e\u2030-\u205e\u2060-\u2fff\u3001-\ufefe\uff00-\uffff";
    private const string AnyButLineTerminator = @"(?:[\ud800-\udbff][\udc00-\udfff]|[^\n\r\u2028\u2029])";

    private static readonly ConcurrentDictionary<string, Regex> Cache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Regex> CompiledCache = new(StringComparer.Ordinal);

    private static readonly Dictionary<string, string> Categories = new(StringComparer.Ordinal)
    {
        ["Letter"] = "L", ["Cased_Letter"] = "L", ["Uppercase_Letter"] = "Lu", ["Lowercase_Letter"] = "Ll", ["Titlecase_Letter"] = "Lt",
        ["Modifier_Letter"] = "Lm", ["Other_Letter"] = "Lo", ["Mark"] = "M", ["Combining_Mark"] = "M", ["Nonspacing_Mark"] = "Mn",
        ["Spacing_Mark"] = "Mc", ["Enclosing_Mark"] = "Me", ["Number"] = "N", ["Decimal_Number"] = "Nd", ["digit"] = "Nd",
        ["Letter_Number"] = "Nl", ["Other_Number"] = "No", ["Punctuation"] = "P", ["punct"] = "P", ["Connector_Punctuation"] = "Pc",
        ["Dash_Punctuation"] = "Pd", ["Open_Punctuation"] = "Ps", ["Close_Punctuation"] = "Pe", ["Initial_Punctuation"] = "Pi",
        ["Final_Punctuation"] = "Pf", ["Other_Punctuation"] = "Po", ["Symbol"] = "S", ["Math_Symbol"] = "Sm", ["Currency_Symbol"] = "Sc",
        ["Modifier_Symbol"] = "Sk", ["Other_Symbol"] = "So", ["Separator"] = "Z", ["Space_Separator"] = "Zs", ["Line_Separator"] = "Zl",
        ["Paragraph_Separator"] = "Zp", ["Other"] = "C", ["Control"] = "Cc", ["cntrl"] = "Cc", ["Format"] = "Cf", ["Surrogate"] = "Cs",
        ["Private_Use"] = "Co", ["Unassigned"] = "Cn",
    };

    /// <summary>The compiled pattern; throws <see cref="ArgumentException"/> when it is not a regular expression.</summary>
    public static Regex Compile(string pattern) =>
        Cache.GetOrAdd(pattern, p => new Regex(Translate(p), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2)));

    /// <summary>
    /// As <see cref="Compile"/>, compiled to IL: matching the same, built more slowly and run faster,
    /// for the fast check that runs a document's few patterns on every instance.
    /// </summary>
    public static Regex CompileToIl(string pattern) =>
        CompiledCache.GetOrAdd(pattern, p => new Regex(Translate(p), RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(2)));

    /// <summary>The .NET pattern that matches what the ECMA-262 pattern matches.</summary>
    public static string Translate(string pattern)
    {
        var output = new StringBuilder(pattern.Length + 16);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                i = Escape(pattern, i, inClass, output);
                continue;
            }

            if (inClass)
            {
                if (c == ']')
                {
                    inClass = false;
                }
                else if (c == '[')
                {
                    output.Append('\\');
                }

                output.Append(c);
                continue;
            }

            switch (c)
            {
                case '[' when pattern.AsSpan(i).StartsWith("[^]"):
                    output.Append(@"[\s\S]");
                    i += 2;
                    break;
                case '[' when pattern.AsSpan(i).StartsWith("[]"):
                    output.Append("(?!)");
                    i += 1;
                    break;
                case '[':
                    inClass = true;
                    output.Append(c);
                    if (i + 1 < pattern.Length && pattern[i + 1] == '^')
                    {
                        output.Append('^');
                        i++;
                    }

                    break;
                case '$':
                    output.Append(@"\z");
                    break;
                case '.':
                    output.Append(AnyButLineTerminator);
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < pattern.Length && char.IsLowSurrogate(pattern[i + 1]))
                    {
                        output.Append("(?:").Append(c).Append(pattern[i + 1]).Append(')');
                        i++;
                    }
                    else
                    {
                        output.Append(c);
                    }

                    break;
            }
        }

        return output.ToString();
    }

    /// <summary>Appends the translation of the escape at <paramref name="at"/>; returns the index of its last character.</summary>
    private static int Escape(string pattern, int at, bool inClass, StringBuilder output)
    {
        var next = pattern[at + 1];
        switch (next)
        {
            case 'd':
                output.Append(inClass ? "0-9" : "[0-9]");
                return at + 1;
            case 'D':
                output.Append(inClass ? @"\x00-/:-\uffff" : "[^0-9]");
                return at + 1;
            case 'w':
                output.Append(inClass ? "a-zA-Z0-9_" : "[a-zA-Z0-9_]");
                return at + 1;
            case 'W':
                output.Append(inClass ? @"\x00-/:-@\[-\^`{-\uffff" : "[^a-zA-Z0-9_]");
                return at + 1;
            case 's':
                output.Append(inClass ? Whitespace : $"[{Whitespace}]");
                return at + 1;
            case 'S':
                output.Append(inClass ? NotWhitespaceInClass : $"[^{Whitespace}]");
                return at + 1;
            case 'p' or 'P' when at + 2 < pattern.Length && pattern[at + 2] == '{':
                var close = pattern.IndexOf('}', at + 3);
                if (close < 0)
                {
                    break;
                }

                var name = pattern[(at + 3)..close];
                var equals = name.IndexOf('=', StringComparison.Ordinal);
                var value = equals >= 0 ? name[(equals + 1)..] : name;
                var mapped = equals >= 0 && name[..equals] is "Script" or "sc" or "Script_Extensions" or "scx"
                    ? "Is" + value
                    : Categories.GetValueOrDefault(value, value);
                output.Append('\\').Append(next).Append('{').Append(mapped).Append('}');
                return close;
            case 'u' when at + 2 < pattern.Length && pattern[at + 2] == '{':
                var end = pattern.IndexOf('}', at + 3);
                if (end > 0 && int.TryParse(pattern.AsSpan(at + 3, end - at - 3), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var codePoint)
                    && codePoint is >= 0 and <= 0x10FFFF)
                {
                    var text = char.ConvertFromUtf32(codePoint);
                    var escaped = string.Concat(text.Select(u => $"\\u{(int)u:x4}"));
                    output.Append(text.Length > 1 && !inClass ? $"(?:{escaped})" : escaped);
                    return end;
                }

                break;
            case 'c' when at + 2 < pattern.Length && char.IsAsciiLetter(pattern[at + 2]):
                output.Append(@"\c").Append(pattern[at + 2]);
                return at + 2;
        }

        output.Append('\\').Append(next);
        return at + 1;
    }
}
