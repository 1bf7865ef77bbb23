namespace Conformance.Specs.Model.Conventions;

/// <summary>Name patterns where <c>*</c> matches any text (possibly empty); everything else is literal and case-sensitive.</summary>
public static class Glob
{
    public static bool Matches(string pattern, string text) => Matches(pattern.AsSpan(), text.AsSpan());

    private static bool Matches(ReadOnlySpan<char> pattern, ReadOnlySpan<char> text)
    {
        var star = pattern.IndexOf('*');
        if (star < 0)
        {
            return pattern.SequenceEqual(text);
        }

        if (!text.StartsWith(pattern[..star]))
        {
            return false;
        }

        var rest = pattern[(star + 1)..];
        var remaining = text[star..];
        for (var i = 0; i <= remaining.Length; i++)
        {
            if (Matches(rest, remaining[i..]))
            {
                return true;
            }
        }

        return false;
    }
}
