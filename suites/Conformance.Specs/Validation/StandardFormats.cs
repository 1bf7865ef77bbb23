using System.Text.Json;
using Json.Schema;

namespace Conformance.Specs.Validation;

/// <summary>
/// The formats judged as their standards define them, replacing the library's own checks:
/// <c>date</c>, <c>time</c>, <c>date-time</c> (RFC 3339, offset required), <c>uuid</c> (RFC 9562,
/// hyphenated form only), <c>uri</c> (RFC 3986), <c>email</c> (RFC 5321), <c>hostname</c>,
/// <c>ipv4</c> and <c>ipv6</c>; OpenAPI's <c>int32</c> and <c>int64</c> bound whole numbers. A
/// string format applies to strings only; other instances pass it.
/// </summary>
internal static class StandardFormats
{
    /// <summary>Formats without a check here that follows their standard closely enough to accuse a provider.</summary>
    private static readonly string[] AnnotationOnly =
    [
        "duration", "idn-email", "idn-hostname", "iri", "iri-reference", "uri-reference", "uri-template", "json-pointer",
        "relative-json-pointer", "regex", "float", "double", "password", "byte", "binary", "char",
    ];

    public static FormatRegistry Create()
    {
        var registry = new FormatRegistry();
        registry.Register(Strings("date", t => Rfc3339.IsFullDate(t)));
        registry.Register(Strings("time", t => Rfc3339.IsFullTime(t)));
        registry.Register(Strings("date-time", t => Rfc3339.IsDateTime(t)));
        registry.Register(Strings("uuid", IsUuid));
        registry.Register(Strings("uri", t => UriSyntax.IsUri(t)));
        registry.Register(Strings("email", t => EmailSyntax.IsEmail(t)));
        registry.Register(Strings("hostname", t => HostSyntax.IsHostname(t)));
        registry.Register(Strings("ipv4", t => HostSyntax.IsIpv4(t)));
        registry.Register(Strings("ipv6", t => HostSyntax.IsIpv6(t)));
        registry.Register(new PredicateFormat("int32", element => !IsNumber(element) || element.TryGetInt32(out _) || !IsWhole(element)));
        registry.Register(new PredicateFormat("int64", element => !IsNumber(element) || element.TryGetInt64(out _) || !IsWhole(element)));
        foreach (var key in AnnotationOnly)
        {
            registry.Register(new PredicateFormat(key, _ => true));
        }

        return registry;
    }

    /// <summary><c>8-4-4-4-12</c> hexadecimal digits; braces, URNs and the unhyphenated form are refused.</summary>
    internal static bool IsUuid(string text)
    {
        if (text.Length != 36)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var ok = i is 8 or 13 or 18 or 23 ? text[i] == '-' : char.IsAsciiHexDigit(text[i]);
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNumber(JsonElement element) => element.ValueKind == JsonValueKind.Number;

    /// <summary>A whole number (1.0 included) outside the 64-bit range; fractions are the type's concern, not the format's.</summary>
    private static bool IsWhole(JsonElement element) => element.TryGetDecimal(out var value) ? decimal.Truncate(value) == value : element.GetDouble() % 1 == 0;

    private static PredicateFormat Strings(string key, Func<string, bool> check) =>
        new(key, element => element.ValueKind != JsonValueKind.String || check(element.GetString()!));
}
