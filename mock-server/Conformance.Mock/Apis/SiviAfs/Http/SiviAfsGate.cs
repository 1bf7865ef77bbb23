using Conformance.Mock.Apis.SiviAfs.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Conformance.Mock.Apis.SiviAfs.Http;

/// <summary>
/// The checks every AFS function runs first, in the contract's order: 401, 403, then (for item
/// paths) 404 for an unknown or malformed id, then 406 for an <c>Accept</c> without JSON.
/// </summary>
public static class SiviAfsGate
{
    public const string ReadScope = "afs.read";
    public const string WriteScope = "afs.write";

    /// <param name="id">The path id, or null for collection paths.</param>
    /// <param name="exists">Whether the id names a dataset (only asked for a well-formed id).</param>
    public static async Task<bool> PassAsync(HttpContext context, string scope, string? id = null, Func<string, bool>? exists = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.RequestServices;
        await services.GetRequiredService<SiviAfsRuntime>().ContractReadyAsync();
        var versioning = services.GetRequiredService<SiviAfsVersioning>();
        versioning.Default(context);
        var defects = services.GetRequiredService<SiviAfsDefectSwitches>();
        if (!await SiviAfsAuthGate.AllowAsync(context, services.GetRequiredService<SiviAfsTokens>().Issuer, scope, scopeEnforced: scope != WriteScope || !defects.WriteScopeIgnored))
        {
            return false;
        }

        if (id is not null && (!IsId(id) || exists?.Invoke(id) != true))
        {
            await SiviAfsErrors.WriteAsync(context, defects.BadRequestForUnknownId ? 400 : 404, defects.BadRequestForUnknownId ? SiviAfsErrors.Body : "20", $"No dataset '{Clip(id)}'.");
            return false;
        }

        if (!versioning.Negotiate(context))
        {
            await SiviAfsErrors.WriteAsync(context, 406, "Accept admits no JSON; ask for application/json; version=N.");
            return false;
        }

        return true;
    }

    /// <summary>The contract's id pattern <c>^[A-Za-z0-9_-]{1,64}$</c>.</summary>
    public static bool IsId(string id) =>
        id.Length is > 0 and <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');

    private static string Clip(string id) => id.Length <= 70 ? id : id[..67] + "...";
}
