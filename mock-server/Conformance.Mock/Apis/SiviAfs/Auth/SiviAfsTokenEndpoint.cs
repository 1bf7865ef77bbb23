using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Conformance.Mock.Apis.SiviAfs.Auth;

/// <summary>
/// <c>POST /oauth/token</c>, RFC 6749 §4.4 client credentials: client authenticated by HTTP Basic or by
/// the form fields (never both), tokens from the kit's opaque issuer on the provider clock, errors as
/// RFC 6749 §5.2 <c>{error, error_description}</c>.
/// </summary>
public static class SiviAfsTokenEndpoint
{
    public static async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (!request.HasFormContentType || !(request.ContentType ?? string.Empty).StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            await ErrorAsync(context, 400, "invalid_request", "The body must be application/x-www-form-urlencoded.");
            return;
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(context.RequestAborted);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            await ErrorAsync(context, 400, "invalid_request", "The form body cannot be read.");
            return;
        }

        if (form.FirstOrDefault(f => f.Value.Count > 1) is { Key: { } repeated } && repeated is not null)
        {
            await ErrorAsync(context, 400, "invalid_request", $"Parameter '{repeated}' is given more than once.");
            return;
        }

        var basic = Basic(request.Headers.Authorization.ToString(), out var basicMalformed);
        var formId = form["client_id"].ToString();
        var formSecret = form["client_secret"].ToString();
        if ((basic is not null || basicMalformed) && (formId.Length > 0 || formSecret.Length > 0))
        {
            await ErrorAsync(context, 400, "invalid_request", "Use one client authentication method: HTTP Basic or the form fields.");
            return;
        }

        var grantType = form["grant_type"].ToString();
        if (grantType.Length == 0)
        {
            await ErrorAsync(context, 400, "invalid_request", "grant_type is missing.");
            return;
        }

        var (id, secret) = basic ?? (formId, formSecret);
        var client = id.Length == 0 || basicMalformed ? null : context.RequestServices.GetRequiredService<SiviAfsRuntime>().Clients.Authenticate(id, secret);
        if (client is null)
        {
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"sivi-afs\"";
            await ErrorAsync(context, 401, "invalid_client", "Unknown client or wrong secret.");
            return;
        }

        if (grantType != "client_credentials")
        {
            await ErrorAsync(context, 400, "unsupported_grant_type", "Only grant_type=client_credentials is supported.");
            return;
        }

        var scopeText = form["scope"].ToString();
        var scopes = scopeText.Length == 0 ? [.. client.Scopes.Order(StringComparer.Ordinal)] : scopeText.Split(' ');
        if (scopes.FirstOrDefault(s => !client.Scopes.Contains(s)) is { } refused)
        {
            await ErrorAsync(context, 400, "invalid_scope", $"Scope '{refused}' is not registered for this client.");
            return;
        }

        var issuer = context.RequestServices.GetRequiredService<SiviAfsTokens>().Issuer;
        var token = issuer.Issue(client.Id, scopes);
        NoStore(context);
        context.Response.ContentType = "application/json";
        await using var json = new Utf8JsonWriter(context.Response.BodyWriter);
        json.WriteStartObject();
        json.WriteString("access_token", token.Value);
        json.WriteString("token_type", "Bearer");
        json.WriteNumber("expires_in", (long)issuer.Lifetime.TotalSeconds);
        json.WriteString("scope", string.Join(' ', scopes.Distinct(StringComparer.Ordinal)));
        json.WriteEndObject();
    }

    /// <summary>RFC 7617 credentials with RFC 6749 §2.3.1 form-encoding of id and secret; null when absent.</summary>
    private static (string Id, string Secret)? Basic(string header, out bool malformed)
    {
        malformed = false;
        // Another scheme (a bearer token sent along) is no client authentication, so it is not counted.
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                return (Uri.UnescapeDataString(text[..colon].Replace('+', ' ')), Uri.UnescapeDataString(text[(colon + 1)..].Replace('+', ' ')));
            }
        }
        catch (FormatException)
        {
        }

        malformed = true;
        return null;
    }

    private static void NoStore(HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.Pragma = "no-cache";
    }

    private static async Task ErrorAsync(HttpContext context, int status, string error, string description)
    {
        context.Response.StatusCode = status;
        NoStore(context);
        context.Response.ContentType = "application/json";
        await using var json = new Utf8JsonWriter(context.Response.BodyWriter);
        json.WriteStartObject();
        json.WriteString("error", error);
        json.WriteString("error_description", description);
        json.WriteEndObject();
    }
}
