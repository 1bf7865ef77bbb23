using System.Text.Json.Nodes;
using Conformance.Runner.Expressions;
using Conformance.Runner.Results;

namespace Conformance.Runner.Checks.SiviAfs;

/// <summary>
/// A <c>new</c> answers 201 with <c>Location</c> naming the stored dataset: the item path, under the
/// collection the dataset was posted to, of the id the body gives it (a dataset's id is its main
/// object's <c>refKey</c>; contract, header <c>Location</c> and <c>newPolicy</c>).
/// </summary>
public sealed class LocationNamesDatasetCheck : IExchangeCheck, IApiCheck
{
    public string Id => "sivi_afs_location_names_dataset";
    public string ApiId => "sivi-afs";
    public string Title => "Location names the dataset that was stored";
    public string SpecReference => "SIVI AFS responses (a URI pointing at the processed dataset); contract, header Location";
    public Severity DefaultSeverity => Severity.Error;
    public bool IsMandatory => false;

    public bool AppliesTo(ExchangeContext context) =>
        !context.IsInbound && context.Operation is { Method: "POST" } && context.Response is { StatusCode: 201 }
        && ExchangeContext.Header(context.Response.Headers, "Location") is not null && context.Json is JsonObject;

    public IEnumerable<Finding> Evaluate(ExchangeContext context)
    {
        var location = ExchangeContext.Header(context.Response!.Headers, "Location")!;
        var path = Uri.TryCreate(location, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : location.Split('?')[0];
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var collection = new Uri(context.Exchange.Request.Url).AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        if (segments.Length < 2 || segments[^2] != collection)
        {
            yield return this.Fail($"Location '{location}' is not an item path under /{collection}");
            yield break;
        }

        var id = Uri.UnescapeDataString(segments[^1]);
        var keys = ((JsonObject)context.Json!)
            .Where(e => e.Value is JsonArray { Count: > 0 })
            .Select(e => ((JsonArray)e.Value!)[0] is JsonObject first && JsonValues.TryGetString(first["refKey"], out var key) ? key : null);
        if (!keys.Contains(id, StringComparer.Ordinal))
        {
            yield return this.Fail($"Location '{location}' names '{id}', which is not the refKey of the stored dataset's main object");
        }
    }
}
