using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Conformance.Cli.Tests.TestApis.Ledger;

/// <summary>What the Ledger contract says about a request, as checks that answer a refusal text or null.</summary>
public static partial class LedgerRequests
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 50;

    /// <summary>Null when the request carries the test-only user's HTTP Basic credentials (RFC 7617).</summary>
    public static string? Unauthenticated(HttpRequest request, string user, string password)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return "Credentials are missing.";
        }

        try
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
            return pair == $"{user}:{password}" ? null : "Credentials are not valid.";
        }
        catch (FormatException)
        {
            return "Credentials are not valid.";
        }
    }

    /// <summary>The page size asked for: the default when absent, null (with why) when outside 1..50 or not a number.</summary>
    public static (int? Limit, string? Problem) Limit(HttpRequest request)
    {
        var text = request.Query["limit"].ToString();
        if (text.Length == 0)
        {
            return (DefaultLimit, null);
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit is >= 1 and <= MaxLimit
            ? (limit, null)
            : (null, $"limit must be an integer from 1 to {MaxLimit}.");
    }

    public static bool IsEntryId(string id) => EntryId().IsMatch(id);

    /// <summary>A <c>NewEntry</c> read from a JSON object, or why it is not one.</summary>
    public static (LedgerEntry? Entry, string? Problem) NewEntry(JsonElement body)
    {
        foreach (var member in body.EnumerateObject())
        {
            if (member.Name is not ("account" or "amount" or "currency"))
            {
                return (null, $"'{member.Name}' is not a member of an entry.");
            }
        }

        if (!body.TryGetProperty("account", out var account) || account.ValueKind != JsonValueKind.String || !Account().IsMatch(account.GetString()!))
        {
            return (null, "account must be two capital letters and four digits.");
        }

        if (!body.TryGetProperty("amount", out var amount) || amount.ValueKind != JsonValueKind.Number || !amount.TryGetDecimal(out var value) || value * 100 != decimal.Truncate(value * 100))
        {
            return (null, "amount must be a number with at most two decimals.");
        }

        if (!body.TryGetProperty("currency", out var currency) || currency.ValueKind != JsonValueKind.String || currency.GetString() is not ("EUR" or "USD"))
        {
            return (null, "currency must be EUR or USD.");
        }

        return (new LedgerEntry(string.Empty, account.GetString()!, value, currency.GetString()!), null);
    }

    [GeneratedRegex("^E[0-9]{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex EntryId();

    [GeneratedRegex("^[A-Z]{2}[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex Account();
}
