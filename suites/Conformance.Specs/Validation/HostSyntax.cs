namespace Conformance.Specs.Validation;

/// <summary>
/// Host names and IP addresses as the JSON Schema formats define them: <c>hostname</c> (RFC 1123
/// §2.1 labels, at most 253 characters, no empty label; A-labels as <see cref="IdnaLabel"/> checks), <c>ipv4</c> (RFC 2673 dotted quad, no
/// leading zeros) and <c>ipv6</c> (RFC 4291 §2.2 text forms, no zone identifier).
/// </summary>
internal static class HostSyntax
{
    public static bool IsHostname(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.Length > 253)
        {
            return false;
        }

        foreach (var range in text.Split('.'))
        {
            var label = text[range];
            if (label.IsEmpty || label.Length > 63 || label[0] == '-' || label[^1] == '-')
            {
                return false;
            }

            foreach (var c in label)
            {
                if (!char.IsAsciiLetterOrDigit(c) && c != '-')
                {
                    return false;
                }
            }

            // "--" in the third and fourth position is reserved for A-labels (RFC 5891 §4.2.3.1).
            if (label.Length >= 4 && label[2] == '-' && label[3] == '-' && !label[..2].Equals("xn", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            if (!IdnaLabel.IsValid(label))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsIpv4(ReadOnlySpan<char> text)
    {
        var parts = 0;
        foreach (var range in text.Split('.'))
        {
            var part = text[range];
            if (++parts > 4 || part.IsEmpty || part.Length > 3 || (part.Length > 1 && part[0] == '0'))
            {
                return false;
            }

            var value = 0;
            foreach (var c in part)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }

                value = (value * 10) + (c - '0');
            }

            if (value > 255)
            {
                return false;
            }
        }

        return parts == 4;
    }

    public static bool IsIpv6(ReadOnlySpan<char> text)
    {
        if (text.Length < 2)
        {
            return false;
        }

        var compressed = text.IndexOf("::");
        if (compressed >= 0 && text[(compressed + 1)..].Contains("::", StringComparison.Ordinal))
        {
            return false;
        }

        var groups = 0;
        var head = compressed >= 0 ? text[..compressed] : text;
        var tail = compressed >= 0 ? text[(compressed + 2)..] : [];
        if (!Groups(head, allowIpv4: compressed < 0, ref groups) || !Groups(tail, allowIpv4: true, ref groups))
        {
            return false;
        }

        return compressed >= 0 ? groups <= 7 : groups == 8;
    }

    /// <summary>Counts colon-separated hexadecimal groups; a trailing IPv4 address counts as two.</summary>
    private static bool Groups(ReadOnlySpan<char> text, bool allowIpv4, ref int groups)
    {
        if (text.IsEmpty)
        {
            return true;
        }

        var count = text.Count(':') + 1;
        var index = 0;
        foreach (var range in text.Split(':'))
        {
            var group = text[range];
            index++;
            if (index == count && allowIpv4 && group.Contains('.'))
            {
                if (!IsIpv4(group))
                {
                    return false;
                }

                groups += 2;
                continue;
            }

            if (group.IsEmpty || group.Length > 4)
            {
                return false;
            }

            foreach (var c in group)
            {
                if (!char.IsAsciiHexDigit(c))
                {
                    return false;
                }
            }

            groups++;
        }

        return true;
    }
}
