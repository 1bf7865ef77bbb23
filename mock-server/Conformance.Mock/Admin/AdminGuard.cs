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
public sealed class AdminGuard(ReferenceProviderOptions options) : IEndpointFilter
{
    private readonly byte[]? token = options.AdminToken is null ? null : Encoding.UTF8.GetBytes(options.AdminToken);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
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

        return await next(context);
    }
}
