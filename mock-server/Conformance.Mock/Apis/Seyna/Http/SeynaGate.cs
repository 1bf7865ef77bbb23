using System.Text.RegularExpressions;
using Conformance.Mock.Apis.Seyna.State;
using Microsoft.AspNetCore.Http;

namespace Conformance.Mock.Apis.Seyna.Http;

/// <summary>
/// The checks every request passes first, in the contract's order: credentials (401), then the
/// portfolio id (400 when malformed; 404 when unknown or not granted to the key, so other portfolios
/// do not leak).
/// </summary>
public static partial class SeynaGate
{
    [GeneratedRegex("^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,127}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    public static bool IsId(string? id) => id is not null && IdPattern().IsMatch(id);

    /// <summary>The key's portfolios, or null after answering 401.</summary>
    public static async Task<IReadOnlySet<string>?> AuthenticateAsync(HttpContext http, SeynaRuntime runtime)
    {
        var granted = runtime.Keys.Authenticate(http.Request.Headers.Authorization.Count == 1 ? http.Request.Headers.Authorization[0] : null);
        if (granted is null && runtime.Defect(SeynaDefects.AuthIgnored))
        {
            granted = runtime.Store.Portfolios.Select(p => p.Portfolio.Id).ToHashSet(StringComparer.Ordinal);
        }

        if (granted is null)
        {
            await SeynaResponses.ErrorAsync(http, StatusCodes.Status401Unauthorized, "missing or invalid HTTP Basic credentials (api_key_id:api_key_secret)");
        }

        return granted;
    }

    /// <summary>The portfolio of the path, or null after answering 401, 400 or 404.</summary>
    public static async Task<SeynaPortfolioState?> PortfolioAsync(HttpContext http, SeynaRuntime runtime)
    {
        var granted = await AuthenticateAsync(http, runtime);
        if (granted is null)
        {
            return null;
        }

        var id = http.Request.RouteValues["portfolio_id"] as string;
        if (!IsId(id))
        {
            await SeynaResponses.ErrorAsync(http, StatusCodes.Status400BadRequest, "portfolio_id: not a valid id");
            return null;
        }

        if (!granted.Contains(id!) || runtime.Store.Find(id!) is not { } state)
        {
            await SeynaResponses.ErrorAsync(http, StatusCodes.Status404NotFound, $"portfolio '{id}' not found");
            return null;
        }

        return state;
    }

    /// <summary>The object id of the path, or null after answering 400.</summary>
    public static async Task<string?> ObjectIdAsync(HttpContext http, string parameter)
    {
        var id = http.Request.RouteValues[parameter] as string;
        if (IsId(id))
        {
            return id;
        }

        await SeynaResponses.ErrorAsync(http, StatusCodes.Status400BadRequest, $"{parameter}: not a valid id");
        return null;
    }
}
