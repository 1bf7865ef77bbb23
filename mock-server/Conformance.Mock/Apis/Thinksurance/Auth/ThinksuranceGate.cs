using Conformance.Mock.Apis.Thinksurance.State;
using Microsoft.AspNetCore.Http;

namespace Conformance.Mock.Apis.Thinksurance.Auth;

/// <summary>
/// The V1.1 checks before any body is read, in the contract's order: the bearer token, then the tenant
/// headers. Each answers the tenant (or the API user) or the catalogue error; empty headers count as absent.
/// </summary>
public sealed class ThinksuranceGate(ThinksuranceTokens tokens, ThinksuranceStore store)
{
    public const string BrokerHeader = "X-Broker-Token";
    public const string AccountHeader = "X-Account-Token";

    /// <returns>The API user's hash, or the error (missing or invalid token, deactivated user).</returns>
    public (string? User, string? Error) Authenticate(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.Authorization.ToString().Trim();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header[7..].Trim().Length == 0)
        {
            return (null, ThinksuranceErrors.TokenMissing);
        }

        return tokens.Verify(header[7..].Trim()) switch
        {
            null => (null, ThinksuranceErrors.TokenInvalid),
            var user when !tokens.IsActive(user) => (null, ThinksuranceErrors.ApiUser),
            var user => (user, null),
        };
    }

    /// <summary>Agency-number operations: the broker's set when <c>X-Broker-Token</c> is given, else the account's own.</summary>
    /// <returns>The set's key (a bToken or the aToken), or the error.</returns>
    public (string? Tenant, string? Error) AgencyTenant(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var broker = Header(request, BrokerHeader);
        var account = Header(request, AccountHeader);
        if (broker is null && account is null)
        {
            return (null, ThinksuranceErrors.TenantHeaderRequired);
        }

        if (account is not null && account != store.Account.AToken)
        {
            return (null, ThinksuranceErrors.AccountNotFound);
        }

        if (broker is null)
        {
            return (account, null);
        }

        // One account per API user: a known broker always belongs to it, so "Broker does not belong to
        // this account." cannot arise here; a broker token of another platform account is simply unknown.
        return store.BrokerByToken(broker) is null ? (null, ThinksuranceErrors.BrokerNotFound) : (broker, null);
    }

    /// <summary>Broker operations: <c>X-Account-Token</c> is required and must be the API user's account.</summary>
    public string? AccountRequired(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Header(request, AccountHeader) switch
        {
            null => ThinksuranceErrors.AccountHeaderRequired,
            var account when account != store.Account.AToken => ThinksuranceErrors.AccountNotFound,
            _ => null,
        };
    }

    private static string? Header(HttpRequest request, string name) =>
        request.Headers[name].ToString().Trim() is { Length: > 0 } value ? value : null;
}
