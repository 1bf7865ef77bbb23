using System.Globalization;
using System.Text.RegularExpressions;
using Conformance.Mock.Apis.Finum.Model;
using Conformance.Mock.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Conformance.Mock.Apis.Finum.Validation;

/// <summary>Query parameter parsing per the contract; errors name the parameter as their pointer.</summary>
public static partial class FinumQuery
{
    public const int MaxIds = 1000;

    /// <summary>Longest query string read (characters); room for 1000 ids of 64 characters plus separators.</summary>
    public const int MaxQueryLength = 80_000;

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$", RegexOptions.CultureInvariant)]
    public static partial Regex IdPattern();

    public static bool IsId(string? value) => value is { Length: > 0 and <= 64 } && IdPattern().IsMatch(value);

    /// <summary>
    /// Splits a form/explode=false id list: 1..1000 ids, none empty or malformed; duplicates dropped,
    /// order of first occurrence kept. The parameter given twice is an error too.
    /// </summary>
    public static IReadOnlyList<string>? IdList(StringValues raw, List<FinumFieldError> errors, string name = "id-list")
    {
        if (raw.Count == 0)
        {
            errors.Add(new(name, $"{name} is required."));
            return null;
        }

        if (raw.Count > 1)
        {
            errors.Add(new(name, $"{name} must be given once, as comma-separated ids."));
            return null;
        }

        var items = (raw[0] ?? "").Split(',');
        if (items.Length > MaxIds)
        {
            errors.Add(new(name, $"{name} holds {items.Length} ids; at most {MaxIds} are allowed."));
            return null;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var ids = new List<string>(items.Length);
        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i];
            if (!IsId(item))
            {
                var shown = item.Length > 70 ? item[..70] + "…" : item;
                errors.Add(new(name, item.Length == 0
                    ? $"item {i + 1} is empty."
                    : $"item {i + 1} ('{shown}') does not match ^[A-Za-z0-9_-]{{1,64}}$"));
                return null;
            }

            if (seen.Add(item))
            {
                ids.Add(item);
            }
        }

        return ids;
    }

    public static string? SingleId(StringValues raw, List<FinumFieldError> errors, string name)
    {
        if (raw.Count != 1 || !IsId(raw[0]))
        {
            errors.Add(new(name, raw.Count > 1 ? $"{name} must be given once." : $"{name} must match ^[A-Za-z0-9_-]{{1,64}}$."));
            return null;
        }

        return raw[0];
    }

    /// <summary>RFC 3339 date-time with a mandatory offset (<c>Z</c> or ±hh:mm).</summary>
    public static DateTimeOffset? Since(StringValues raw, List<FinumFieldError> errors)
    {
        if (raw.Count != 1 || string.IsNullOrEmpty(raw[0]))
        {
            errors.Add(new("since", raw.Count > 1 ? "since must be given once." : "since is required (an ISO 8601 date-time with offset)."));
            return null;
        }

        var text = raw[0]!;
        if (!DateTimeText.IsRfc3339(text)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var since))
        {
            errors.Add(new("since", $"'{(text.Length > 70 ? text[..70] + "…" : text)}' is not an ISO 8601 date-time with offset (e.g. 2026-01-01T00:00:00Z; send + as %2B)."));
            return null;
        }

        return since;
    }

    /// <summary>True when the raw query string is too long to be a valid request.</summary>
    public static bool IsOversized(HttpRequest request) => request.QueryString.Value?.Length > MaxQueryLength;
}
