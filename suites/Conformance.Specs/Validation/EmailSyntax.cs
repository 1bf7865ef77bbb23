namespace Conformance.Specs.Validation;

/// <summary>
/// <c>format: email</c> per RFC 5321 §4.1.2 <c>Mailbox</c>: a dot-atom or quoted local part, then a
/// host name or an address literal (<c>[192.0.2.1]</c>, <c>[IPv6:2001:db8::1]</c>).
/// </summary>
internal static class EmailSyntax
{
    private const string AtomSpecials = "!#$%&'*+-/=?^_`{|}~";

    public static bool IsEmail(ReadOnlySpan<char> text)
    {
        var at = text.LastIndexOf('@');
        if (at < 1 || at == text.Length - 1)
        {
            return false;
        }

        return IsLocalPart(text[..at]) && IsDomain(text[(at + 1)..]);
    }

    private static bool IsLocalPart(ReadOnlySpan<char> local)
    {
        if (local[0] == '"')
        {
            if (local.Length < 2 || local[^1] != '"')
            {
                return false;
            }

            var inner = local[1..^1];
            for (var i = 0; i < inner.Length; i++)
            {
                var c = inner[i];
                if (c == '\\')
                {
                    if (++i >= inner.Length || inner[i] is < ' ' or > '~')
                    {
                        return false;
                    }
                }
                else if (c is < ' ' or > '~' || c == '"')
                {
                    return false;
                }
            }

            return true;
        }

        foreach (var range in local.Split('.'))
        {
            var atom = local[range];
            if (atom.IsEmpty)
            {
                return false;
            }

            foreach (var c in atom)
            {
                if (!char.IsAsciiLetterOrDigit(c) && !AtomSpecials.Contains(c, StringComparison.Ordinal))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool IsDomain(ReadOnlySpan<char> domain)
    {
        if (domain[0] != '[')
        {
            return HostSyntax.IsHostname(domain);
        }

        if (domain[^1] != ']')
        {
            return false;
        }

        var literal = domain[1..^1];
        return literal.StartsWith("IPv6:", StringComparison.OrdinalIgnoreCase)
            ? HostSyntax.IsIpv6(literal[5..])
            : HostSyntax.IsIpv4(literal);
    }
}
