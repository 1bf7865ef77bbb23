using Conformance.Mock.Apis.SiviAfs.Http;
using Conformance.Mock.Auth;
using Microsoft.AspNetCore.Http;

namespace Conformance.Mock.Apis.SiviAfs.Auth;

/// <summary>
/// Bearer tokens on every AFS function (RFC 6750): none → 401 with <c>Bearer realm="sivi-afs"</c>;
/// malformed, unknown or expired → 401 with <c>error="invalid_token"</c>; without the function's
/// scope → 403 with <c>error="insufficient_scope"</c>. The body is the AFD error entity.
/// </summary>
public static class SiviAfsAuthGate
{
    /// <summary>True when the request may go on; otherwise the refusal has been written.</summary>
    public static async Task<bool> AllowAsync(HttpContext context, OpaqueTokenIssuer issuer, string scope, bool scopeEnforced = true)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(issuer);
        var header = context.Request.Headers.Authorization;
        if (header.Count == 0 || string.IsNullOrEmpty(header.ToString()))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer realm=\"sivi-afs\"";
            await SiviAfsErrors.WriteAsync(context, 401, "No access token: send Authorization: Bearer <token>.");
            return false;
        }

        var text = header.Count == 1 ? header.ToString() : string.Empty;
        var token = text.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? text[7..].Trim() : null;
        var check = issuer.Verify(token, scopeEnforced ? [scope] : []);
        switch (check.Verdict)
        {
            case TokenVerdict.Valid:
                return true;
            case TokenVerdict.MissingScope:
                context.Response.Headers.WWWAuthenticate = $"Bearer realm=\"sivi-afs\", error=\"insufficient_scope\", scope=\"{scope}\"";
                await SiviAfsErrors.WriteAsync(context, 403, $"The access token lacks scope {scope}.");
                return false;
            default:
                var why = check.Verdict == TokenVerdict.Expired ? "The access token has expired." : "The access token is malformed or unknown.";
                context.Response.Headers.WWWAuthenticate = $"Bearer realm=\"sivi-afs\", error=\"invalid_token\", error_description=\"{why}\"";
                await SiviAfsErrors.WriteAsync(context, 401, why);
                return false;
        }
    }
}
