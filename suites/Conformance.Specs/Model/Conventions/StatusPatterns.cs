using System.Globalization;

namespace Conformance.Specs.Model.Conventions;

/// <summary>
/// Status patterns as the Responses Object writes its keys (OpenAPI 3.1 §4.8.16): an exact code
/// (<c>401</c>) or a class (<c>4XX</c>, case-insensitive).
/// </summary>
public static class StatusPatterns
{
    public static bool IsValid(string pattern) =>
        pattern.Length == 3
        && pattern[0] is >= '1' and <= '5'
        && (IsDigits(pattern[1..]) || pattern[1..].Equals("XX", StringComparison.OrdinalIgnoreCase));

    public static bool Matches(string pattern, int status) =>
        pattern.Length == 3 && (pattern[1..].Equals("XX", StringComparison.OrdinalIgnoreCase)
            ? status / 100 == pattern[0] - '0'
            : int.TryParse(pattern, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && code == status);

    public static bool MatchesAny(IReadOnlyList<string> patterns, int status) => patterns.Any(p => Matches(p, status));

    private static bool IsDigits(string text) => text.All(char.IsAsciiDigit);
}
