using System.Globalization;

namespace Conformance.Specs.Validation;

/// <summary>
/// Checks an A-label (<c>xn--…</c>) of a host name: its Punycode (RFC 3492) must decode, and the
/// U-label must follow IDNA2008 (RFC 5891 §5.4, RFC 5892): no <c>--</c> in the third and fourth
/// position, no leading combining mark, none of the DISALLOWED exceptions, and the CONTEXTJ/CONTEXTO
/// rules for joiners, the middle dots, Greek KERAIA, Hebrew GERESH/GERSHAYIM and Arabic-Indic digits.
/// The full IDNA2008 derived property table is not applied.
/// </summary>
internal static class IdnaLabel
{
    private const int Base = 36;
    private const int TMin = 1;
    private const int TMax = 26;

    private static readonly HashSet<int> Disallowed = [0x0640, 0x07FA, 0x302E, 0x302F, 0x3031, 0x3032, 0x3033, 0x3034, 0x3035, 0x303B];

    private static readonly HashSet<int> Viramas =
    [
        0x094D, 0x09CD, 0x0A4D, 0x0ACD, 0x0B4D, 0x0BCD, 0x0C4D, 0x0CCD, 0x0D3B, 0x0D3C, 0x0D4D, 0x0DCA, 0x0E3A, 0x0EBA, 0x0F84,
        0x1039, 0x103A, 0x1714, 0x1734, 0x17D2, 0x1A60, 0x1B44, 0x1BAA, 0x1BAB, 0x1BF2, 0x1BF3, 0x2D7F, 0xA806, 0xA8C4, 0xA953,
        0xA9C0, 0xAAF6, 0xABED, 0x10A3F, 0x11046, 0x1107F, 0x110B9, 0x11133, 0x11134, 0x111C0, 0x11235, 0x112EA, 0x1134D, 0x11442,
    ];

    /// <summary>True when <paramref name="label"/> is not an A-label, or is a valid one.</summary>
    public static bool IsValid(ReadOnlySpan<char> label)
    {
        if (label.Length < 4 || !label[..4].Equals("xn--", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return Decode(label[4..]) is { Count: > 0 } text && IsValidULabel(text);
    }

    private static bool IsValidULabel(List<int> label)
    {
        if (label.Count >= 4 && label[2] == '-' && label[3] == '-')
        {
            return false;
        }

        if (CharUnicodeInfo.GetUnicodeCategory(label[0]) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
        {
            return false;
        }

        var arabicIndic = label.Exists(c => c is >= 0x0660 and <= 0x0669);
        var extendedArabicIndic = label.Exists(c => c is >= 0x06F0 and <= 0x06F9);
        if (arabicIndic && extendedArabicIndic)
        {
            return false;
        }

        for (var i = 0; i < label.Count; i++)
        {
            var c = label[i];
            var before = i > 0 ? label[i - 1] : -1;
            var after = i + 1 < label.Count ? label[i + 1] : -1;
            var ok = c switch
            {
                _ when Disallowed.Contains(c) => false,
                0x00B7 => before == 'l' && after == 'l',
                0x0375 => after is >= 0x0370 and <= 0x03FF or >= 0x1F00 and <= 0x1FFF,
                0x05F3 or 0x05F4 => before is >= 0x0590 and <= 0x05FF,
                0x30FB => label.Exists(o => o != 0x30FB && IsKanaOrHan(o)),
                0x200D => Viramas.Contains(before),
                0x200C => Viramas.Contains(before) || (IsJoining(label, i, -1) && IsJoining(label, i, 1)),
                _ => true,
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsKanaOrHan(int c) =>
        c is >= 0x3040 and <= 0x309F or >= 0x30A0 and <= 0x30FF or >= 0x3400 and <= 0x4DBF or >= 0x4E00 and <= 0x9FFF
            or >= 0xF900 and <= 0xFAFF or >= 0x20000 and <= 0x3FFFF;

    /// <summary>A joining (Arabic-script letter) character next to a ZWNJ, skipping transparent marks.</summary>
    private static bool IsJoining(List<int> label, int at, int step)
    {
        for (var i = at + step; i >= 0 && i < label.Count; i += step)
        {
            var c = label[i];
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            return c is >= 0x0620 and <= 0x064A or >= 0x066E and <= 0x06D3 or >= 0x06FA and <= 0x06FF or >= 0x0750 and <= 0x077F;
        }

        return false;
    }

    /// <summary>RFC 3492 §6.2; null when the text is not Punycode.</summary>
    private static List<int>? Decode(ReadOnlySpan<char> input)
    {
        var output = new List<int>();
        var delimiter = input.LastIndexOf('-');
        if (delimiter > 0)
        {
            foreach (var c in input[..delimiter])
            {
                if (c >= 0x80)
                {
                    return null;
                }

                output.Add(c);
            }
        }

        long n = 128, i = 0, bias = 72;
        for (var pos = delimiter > 0 ? delimiter + 1 : 0; pos < input.Length;)
        {
            var oldI = i;
            long w = 1;
            for (var k = Base; ; k += Base)
            {
                if (pos >= input.Length || Digit(input[pos++]) is not { } digit)
                {
                    return null;
                }

                i += digit * w;
                var t = k <= bias ? TMin : k >= bias + TMax ? TMax : k - bias;
                if (digit < t)
                {
                    break;
                }

                w *= Base - t;
                if (i > int.MaxValue || w > int.MaxValue)
                {
                    return null;
                }
            }

            bias = Adapt(i - oldI, output.Count + 1, oldI == 0);
            n += i / (output.Count + 1);
            i %= output.Count + 1;
            if (n > 0x10FFFF || n is >= 0xD800 and <= 0xDFFF)
            {
                return null;
            }

            output.Insert((int)i, (int)n);
            i++;
        }

        return output;
    }

    private static int? Digit(char c) => c switch
    {
        >= 'a' and <= 'z' => c - 'a',
        >= 'A' and <= 'Z' => c - 'A',
        >= '0' and <= '9' => c - '0' + 26,
        _ => null,
    };

    private static long Adapt(long delta, int points, bool first)
    {
        delta = first ? delta / 700 : delta / 2;
        delta += delta / points;
        var k = 0L;
        while (delta > ((Base - TMin) * TMax) / 2)
        {
            delta /= Base - TMin;
            k += Base;
        }

        return k + (((Base - TMin + 1) * delta) / (delta + 38));
    }
}
