using System.Text;

namespace Conformance.Runner.Reporting.Formatting;

/// <summary>
/// Text made safe for XML 1.0 and HTML: characters they cannot carry (C0 controls other than tab and
/// newlines, lone surrogates, U+FFFE/U+FFFF) are dropped. Bodies come from the provider: anything goes.
/// </summary>
internal static class SafeText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        StringBuilder? clean = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0xFFFD && !char.IsSurrogate(c)))
            {
                clean?.Append(c);
            }
            else
            {
                clean ??= new StringBuilder(text, 0, i, text.Length);
            }
        }

        return clean?.ToString() ?? text;
    }
}
