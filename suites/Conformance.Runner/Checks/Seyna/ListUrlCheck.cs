using System.Text.Json.Nodes;
using Conformance.Runner.Results;

namespace Conformance.Runner.Checks.Seyna;

/// <summary>
/// A list's <c>url</c> is the request path relative to the server URL, without query string: the last
/// segments of the path the runner sent, as many as the operation's path template has.
/// </summary>
public sealed class ListUrlCheck : IExchangeCheck, IApiCheck
{
    public string Id => "seyna_list_url";
    public string ApiId => SeynaAnswers.ApiId;
    public string Title => "A list's url is the request path relative to the server URL";
    public string SpecReference => "Seyna contract: list envelope, url (one rule for url and Location)";
    public Severity DefaultSeverity => Severity.Error;
    public bool IsMandatory => false;

    public bool AppliesTo(ExchangeContext context) =>
        !context.IsInbound && context.Response is { StatusCode: 200 } && context.Operation is not null
        && context.Json is JsonObject body && SeynaAnswers.Text(body, "object") == "list" && body.ContainsKey("url");

    public IEnumerable<Finding> Evaluate(ExchangeContext context)
    {
        var url = SeynaAnswers.Text(context.Json, "url");
        var expected = Expected(context.Exchange.Request.Url, context.Operation!.PathTemplate);
        if (expected is not null && url != expected)
        {
            yield return this.Fail($"url is '{url}'; the request path relative to the server URL is '{expected}'", instancePointer: "/url");
        }
    }

    /// <summary>The last segments of the request's path, as many as the template has; null when the path is shorter.</summary>
    public static string? Expected(string requestUrl, string pathTemplate)
    {
        if (!Uri.TryCreate(requestUrl, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var count = pathTemplate.Split('/', StringSplitOptions.RemoveEmptyEntries).Length;
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length < count ? null : "/" + string.Join('/', segments[^count..]);
    }
}
