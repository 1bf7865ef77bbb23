using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Conformance.Mock.Apis.SiviAfs.Http;

/// <summary>
/// Non-breaking versions by <c>Accept: application/json; version=N</c> (contract, parameter
/// <c>AcceptVersion</c>): a served version is used; an older one (retired) gets the next available; a
/// newer one, none, or one that is not a positive integer gets the current. An <c>Accept</c> that admits
/// no JSON is refused with 406. The version used is echoed in <c>Content-Type</c>.
/// </summary>
public sealed class SiviAfsVersioning
{
    private const string ItemKey = "sivi-afs.version";
    private readonly int[] served;

    public SiviAfsVersioning(IReadOnlyList<int> served, int current)
    {
        ArgumentNullException.ThrowIfNull(served);
        this.served = [.. served.Order()];
        Current = current;
    }

    public int Current { get; }

    /// <summary>The Content-Type for the request's negotiated version (the current one before negotiation).</summary>
    public static string ContentType(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items.TryGetValue(ItemKey, out var version) && version is int v
            ? "application/json; version=" + v.ToString(CultureInfo.InvariantCulture)
            : "application/json";
    }

    /// <summary>Negotiates and remembers the version; false when <c>Accept</c> admits no JSON (then the current version is remembered for the 406).</summary>
    public bool Negotiate(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (acceptable, requested) = Read(context.Request.Headers.Accept.ToString());
        context.Items[ItemKey] = acceptable ? Resolve(requested) : Current;
        return acceptable;
    }

    /// <summary>Remembers the current version (for answers written before negotiation, such as 401).</summary>
    public void Default(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Items.TryAdd(ItemKey, Current);
    }

    public int Resolve(int? requested)
    {
        if (requested is not { } n || n > Current)
        {
            return Current;
        }

        foreach (var version in served)
        {
            if (version >= n)
            {
                return version;
            }
        }

        return Current;
    }

    /// <summary>Whether any media range admits JSON (with q &gt; 0), and the version parameter of the first one that does.</summary>
    private static (bool Acceptable, int? Version) Read(string accept)
    {
        if (string.IsNullOrWhiteSpace(accept))
        {
            return (true, null);
        }

        foreach (var range in accept.Split(','))
        {
            var parts = range.Split(';', StringSplitOptions.TrimEntries);
            var media = parts[0].ToLowerInvariant();
            if (media is not ("application/json" or "application/*" or "*/*"))
            {
                continue;
            }

            int? version = null;
            var refused = false;
            foreach (var parameter in parts.Skip(1))
            {
                var eq = parameter.IndexOf('=', StringComparison.Ordinal);
                var name = eq < 0 ? parameter : parameter[..eq].Trim();
                var value = eq < 0 ? string.Empty : parameter[(eq + 1)..].Trim().Trim('"');
                if (name.Equals("q", StringComparison.OrdinalIgnoreCase) && double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var q) && q <= 0)
                {
                    refused = true;
                }
                else if (name.Equals("version", StringComparison.OrdinalIgnoreCase) && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
                {
                    version = n;
                }
            }

            if (!refused)
            {
                return (true, version);
            }
        }

        return (false, null);
    }
}
