using Conformance.Runner.Engine;
using Conformance.Runner.Results;

namespace Conformance.Runner.Checks;

/// <summary>A response body comes with a Content-Type the spec documents for that status.</summary>
public sealed class ContentTypeConformanceCheck : IExchangeCheck
{
    public string Id => "content_type_conformance";
    public string Title => "Response content type is documented";
    public Severity DefaultSeverity => Severity.Error;
    public string SpecReference => "OpenAPI 3.1 §4.8.17 Response Object (content)";
    public bool IsMandatory => false;

    public bool AppliesTo(ExchangeContext context) =>
        !context.IsInbound && context.Operation is not null && context.Response is not null
        && SpecLookup.FindResponse(context.Operation, context.Response.StatusCode) is not null;

    public IEnumerable<Finding> Evaluate(ExchangeContext context)
    {
        var response = SpecLookup.FindResponse(context.Operation!, context.Response!.StatusCode)!;
        var pointer = $"{context.Operation!.Pointer}/responses/{response.StatusKey}";
        if (response.Content.Count == 0)
        {
            if (context.HasBody)
            {
                yield return this.Fail($"status {context.Response.StatusCode} documents no body, but one was sent", pointer);
            }

            yield break;
        }

        if (!context.HasBody)
        {
            yield break;
        }

        var actual = context.MediaType;
        if (actual is null)
        {
            yield return this.Fail("a body was sent without a Content-Type header", pointer);
        }
        else if (!response.Content.Keys.Any(k => MediaTypes.Matches(k, actual)))
        {
            yield return this.Fail(
                $"Content-Type '{actual}' is not documented for status {context.Response.StatusCode} (documented: {string.Join(", ", response.Content.Keys)})",
                $"{pointer}/content");
        }
    }
}
