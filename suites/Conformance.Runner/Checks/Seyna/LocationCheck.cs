using Conformance.Runner.Results;

namespace Conformance.Runner.Checks.Seyna;

/// <summary>
/// The <c>Location</c> of a 201 is the URL of the object just created: resolved against the request
/// URL (RFC 9110 §10.2.2), its path is the path the PUT was sent to.
/// </summary>
public sealed class LocationCheck : IExchangeCheck, IApiCheck
{
    public string Id => "seyna_location";
    public string ApiId => SeynaAnswers.ApiId;
    public string Title => "A created object's Location is the URL it was PUT to";
    public string SpecReference => "Seyna contract: PUT 201 Location (one rule for url and Location); RFC 9110 §10.2.2";
    public Severity DefaultSeverity => Severity.Error;
    public bool IsMandatory => false;

    public bool AppliesTo(ExchangeContext context) =>
        !context.IsInbound && context.Response is { StatusCode: 201 } && context.Exchange.Request.Method == "PUT"
        && ExchangeContext.Header(context.Response.Headers, "Location") is not null;

    public IEnumerable<Finding> Evaluate(ExchangeContext context)
    {
        var location = ExchangeContext.Header(context.Response!.Headers, "Location")!;
        var request = new Uri(context.Exchange.Request.Url);
        if (!Uri.TryCreate(request, location, out var resolved) || resolved.AbsolutePath != request.AbsolutePath)
        {
            yield return this.Fail($"Location '{location}' does not name {request.AbsolutePath}, the URL the object was PUT to");
        }
    }
}
