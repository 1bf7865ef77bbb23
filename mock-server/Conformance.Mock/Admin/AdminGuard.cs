using System.Net;
using System.Security.Cryptography;
using System.Text;
using Conformance.Mock.Hosting;
using Microsoft.AspNetCore.Http;

namespace Conformance.Mock.Admin;

/// <summary>
/// Keeps <c>/__admin</c> to loopback clients unless opened to the network, and checks the optional
/// admin token (constant-time comparison).
/// </summary>
public sealed class AdminGuard(ReferenceProviderOptions options)
{
    private readonly byte[]? token = options.AdminToken is null ? null : Encoding.UTF8.GetBytes(options.AdminToken);

    /// <summary>Null when the call may proceed, else the refusal to send.</summary>
    public IResult? Check(HttpContext http)
    {
        var remote = http.Connection.RemoteIpAddress;
        if (!options.AdminOpenToNetwork && remote is not null && !IPAddress.IsLoopback(remote))
        {
            return AdminResults.Problem(StatusCodes.Status403Forbidden, "The admin API answers loopback clients only (start with --admin-open to change).");
        }

        if (token is not null)
        {
            var header = http.Request.Headers.Authorization.ToString();
            var given = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? Encoding.UTF8.GetBytes(header[7..].Trim()) : [];
            if (!CryptographicOperations.FixedTimeEquals(given, token))
            {
                http.Response.Headers.WWWAuthenticate = "Bearer realm=\"__admin\"";
                return AdminResults.Problem(StatusCodes.Status401Unauthorized, "The admin API needs Authorization: Bearer <admin token>.");
            }
        }

        return null;
    }
}
