using System.Globalization;
using Conformance.Runner.Engine;
using Conformance.Runner.Results;

namespace Conformance.Runner.Checks.SiviAfs;

/// <summary>
/// The non-breaking version is asked for with <c>Accept: application/json; version=N</c> and the
/// one served is echoed in <c>Content-Type</c>. The served versions are the <c>version</c>
/// parameters of the operation's documented media types (the highest is current): a served N is
/// used, an older one gets the next available, none, a newer one or an unreadable one the current
/// (SIVI versioning; contract, parameter <c>AcceptVersion</c>).
/// </summary>
public sealed class VersionEchoedCheck : IExchangeCheck, IApiCheck
{
    public string Id => "sivi_afs_version_echoed";
    public string ApiId => "sivi-afs";
    public string Title => "The version served is the negotiated one and is echoed";
    public string SpecReference => "SIVI AFS non-breaking versions (next available version, default current); contract, parameter AcceptVersion";
    public Severity DefaultSeverity => Severity.Error;
    public bool IsMandatory => false;

    public bool AppliesTo(ExchangeContext context) =>
        !context.IsInbound && context.Operation is not null && context.Response is not null && context.HasBody
        && MediaTypes.IsJson(context.MediaType) && Served(context).Count > 0;

    public IEnumerable<Finding> Evaluate(ExchangeContext context)
    {
        var served = Served(context);
        var contentType = ExchangeContext.Header(context.Response!.Headers, "Content-Type") ?? context.Response.ContentType ?? string.Empty;
        var echoed = Version(contentType);
        var expected = Expected(ExchangeContext.Header(context.Exchange.Request.Headers, "Accept"), served);
        if (echoed is null)
        {
            yield return this.Fail($"Content-Type '{contentType}' does not echo the version served (expected version={expected.ToString(CultureInfo.InvariantCulture)})");
        }
        else if (echoed != expected)
        {
            yield return this.Fail($"version {echoed.Value.ToString(CultureInfo.InvariantCulture)} served, but the request asks for version {expected.ToString(CultureInfo.InvariantCulture)} by the rules (served: {string.Join(", ", served)})");
        }
    }

    /// <summary>The version a request's <c>Accept</c> gets: the first JSON media range's <c>version</c>, resolved against the served ones.</summary>
    public static int Expected(string? accept, IReadOnlyList<int> served)
    {
        ArgumentNullException.ThrowIfNull(served);
        var requested = (accept ?? string.Empty).Split(',')
            .Where(r => MediaTypes.Essence(r) is "application/json" or "application/*" or "*/*")
            .Select(Version)
            .FirstOrDefault();
        var current = served.Max();
        return requested is not { } n || n > current ? current : served.Where(v => v >= n).Min();
    }

    private static List<int> Served(ExchangeContext context)
    {
        var response = SpecLookup.FindResponse(context.Operation!, context.Response!.StatusCode);
        return response is null ? [] : [.. response.Content.Keys.Select(Version).OfType<int>().Distinct().Order()];
    }

    /// <summary>The positive integer <c>version</c> parameter of a media type, or null.</summary>
    private static int? Version(string mediaType)
    {
        foreach (var parameter in mediaType.Split(';').Skip(1))
        {
            var parts = parameter.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length == 2 && parts[0].Equals("version", StringComparison.OrdinalIgnoreCase)
                && int.TryParse(parts[1].Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
            {
                return n;
            }
        }

        return null;
    }
}
