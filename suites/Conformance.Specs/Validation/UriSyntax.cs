namespace Conformance.Specs.Validation;

/// <summary>
/// <c>format: uri</c> per RFC 3986 §3: <c>scheme ":" hier-part [ "?" query ] [ "#" fragment ]</c>,
/// ASCII only (non-ASCII text is an IRI), every <c>%</c> followed by two hexadecimal digits, an
/// authority of userinfo, host (reg-name, IPv4, or a bracketed IPv6 / IPvFuture literal) and a
/// numeric port. <see cref="Uri.TryCreate(string, UriKind, out Uri)"/> is not used: it accepts
/// spaces, braces, backslashes and bad percent-encoding, and reads <c>/path</c> as a file URI.
/// </summary>
internal static class UriSyntax
{
    public static bool IsUri(ReadOnlySpan<char> text)
    {
        var colon = text.IndexOf(':');
        if (colon < 1 || !IsScheme(text[..colon]))
        {
            return false;
        }

        var rest = text[(colon + 1)..];
        var hash = rest.IndexOf('#');
        if (hash >= 0)
        {
            if (!AllOf(rest[(hash + 1)..], "/?"))
            {
                return false;
            }

            rest = rest[..hash];
        }

        var question = rest.IndexOf('?');
        if (question >= 0)
        {
            if (!AllOf(rest[(question + 1)..], "/?"))
            {
                return false;
            }

            rest = rest[..question];
        }

        if (rest.StartsWith("//"))
        {
            rest = rest[2..];
            var slash = rest.IndexOf('/');
            var authority = slash >= 0 ? rest[..slash] : rest;
            if (!IsAuthority(authority))
            {
                return false;
            }

            rest = slash >= 0 ? rest[slash..] : [];
        }

        return AllOf(rest, "/");
    }

    private static bool IsScheme(ReadOnlySpan<char> scheme)
    {
        if (!char.IsAsciiLetter(scheme[0]))
        {
            return false;
        }

        foreach (var c in scheme)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAuthority(ReadOnlySpan<char> authority)
    {
        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            if (!AllOf(authority[..at], ":"))
            {
                return false;
            }

            authority = authority[(at + 1)..];
        }

        ReadOnlySpan<char> port = [];
        if (authority.StartsWith("["))
        {
            var close = authority.IndexOf(']');
            if (close < 0)
            {
                return false;
            }

            var literal = authority[1..close];
            var ok = literal.Length > 0 && literal[0] is 'v' or 'V'
                ? literal.Length > 3 && literal.IndexOf('.') > 1 && AllOf(literal[(literal.IndexOf('.') + 1)..], ":")
                : HostSyntax.IsIpv6(literal);
            if (!ok)
            {
                return false;
            }

            var after = authority[(close + 1)..];
            if (!after.IsEmpty)
            {
                if (after[0] != ':')
                {
                    return false;
                }

                port = after[1..];
            }
        }
        else
        {
            var colon = authority.LastIndexOf(':');
            var host = colon >= 0 ? authority[..colon] : authority;
            port = colon >= 0 ? authority[(colon + 1)..] : [];
            if (host.Contains(':') || !AllOf(host, string.Empty))
            {
                return false;
            }
        }

        foreach (var c in port)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Every character is unreserved, a sub-delimiter, part of a percent-encoding, or one of <paramref name="extra"/> (plus ":" and "@" for pchar).</summary>
    private static bool AllOf(ReadOnlySpan<char> text, string extra)
    {
        var pchar = extra.Length > 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '%')
            {
                if (i + 2 >= text.Length || !char.IsAsciiHexDigit(text[i + 1]) || !char.IsAsciiHexDigit(text[i + 2]))
                {
                    return false;
                }

                i += 2;
                continue;
            }

            var allowed = char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~'
                || c is '!' or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or ';' or '='
                || (pchar && c is ':' or '@') || extra.Contains(c, StringComparison.Ordinal);
            if (!allowed)
            {
                return false;
            }
        }

        return true;
    }
}
