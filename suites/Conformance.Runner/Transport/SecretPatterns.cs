using System.Text.RegularExpressions;

namespace Conformance.Runner.Transport;

/// <summary>
/// What looks like a secret in recorded or reported text (used by <see cref="SecretMasker"/> only).
/// Deliberately generous: a report that hides a harmless value is better than one that leaks a token.
/// </summary>
internal static partial class SecretPatterns
{
    /// <summary>Headers whose values are credentials (compared case-insensitively).</summary>
    public static readonly IReadOnlySet<string> SecretHeaders = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie", "X-Api-Key", "Api-Key",
        "X-Auth-Token", "X-Access-Token", "X-Client-Secret",
    };

    /// <summary>Authentication schemes kept visible in front of a masked credential.</summary>
    [GeneratedRegex(@"^(?<scheme>Bearer|Basic|Token|Digest|JWT)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex AuthScheme();

    /// <summary>A JSON property whose name says it holds a secret, with a string value.</summary>
    [GeneratedRegex(
        """(?<key>"[^"\\]*(?:token|secret|password|passwd|apikey|api_key|api-key|private_?key|hash|credential|signature)[^"\\]*"\s*:\s*)"(?:[^"\\]|\\.)*"?""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex JsonSecretProperty();

    /// <summary>A form or query parameter whose name says it holds a secret.</summary>
    [GeneratedRegex(
        @"(?<key>(?:^|[?&\s])[A-Za-z0-9_.-]*(?:token|secret|password|passwd|apikey|api_key|hash|signature)[A-Za-z0-9_.-]*=)[^&\s'""]*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex FormSecretParameter();

    /// <summary>A credential header written as text (curl lines, raw dumps).</summary>
    [GeneratedRegex(
        @"(?<key>(?:Proxy-)?Authorization:\s*(?:(?:Bearer|Basic|Token|Digest|JWT)\s+)?)(?!\s*(?:(?:Bearer|Basic|Token|Digest|JWT)\s+)?\*\*\*)[^'""\r\n]+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex AuthorizationHeaderText();

    /// <summary>A compact JWS (header.payload.signature) anywhere: always a credential in these APIs.</summary>
    [GeneratedRegex(@"eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*", RegexOptions.CultureInvariant)]
    public static partial Regex Jwt();

    /// <summary>User information in a URL (<c>https://user:password@host</c>).</summary>
    [GeneratedRegex(@"(?<scheme>[a-z][a-z0-9+.-]*://)[^/@\s:]+:[^/@\s]+@", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex UrlUserInfo();
}
