using Conformance.Runner.Checks;
using Conformance.Runner.Engine;
using Conformance.Runner.Results;
using Conformance.Runner.Tests.Support;

namespace Conformance.Runner.Tests.Checks;

/// <summary>Builds exchange contexts against the test spec.</summary>
internal static class CheckTestData
{
    public static ExchangeContext Outbound(string operationId, int status, string? body, string? contentType = "application/json", params KeyValuePair<string, string>[] headers)
    {
        var spec = TestSpec.Create();
        var operation = SpecLookup.FindOperation(spec, operationId)!;
        var exchange = new ExchangeRecord
        {
            Direction = ExchangeDirection.Outbound,
            Request = new HttpRequestRecord { Method = operation.Method, Url = "http://p/x", Headers = [] },
            Response = new HttpResponseRecord
            {
                StatusCode = status,
                Headers = contentType is null ? headers : [new("Content-Type", contentType), .. headers],
                ContentType = contentType,
                Body = body,
                BodyLength = body?.Length ?? 0,
            },
            Elapsed = TimeSpan.Zero,
        };
        return new ExchangeContext(spec, operation, exchange);
    }

    public static ExchangeContext Callback(string method, string? body, string? contentType = "application/json")
    {
        var spec = TestSpec.Create();
        var operation = SpecLookup.FindCallbackOperation(spec, "itemChangedCallback")!.Value.Callback;
        var exchange = new ExchangeRecord
        {
            Direction = ExchangeDirection.InboundCallback,
            Request = new HttpRequestRecord { Method = method, Url = "http://runner/callbacks/r/t", Headers = contentType is null ? [] : [new("Content-Type", contentType)], Body = body },
            Response = new HttpResponseRecord { StatusCode = 204, Headers = [] },
            Elapsed = TimeSpan.Zero,
        };
        return new ExchangeContext(spec, operation, exchange);
    }

    /// <summary>An outbound exchange of a real contract (<c>fixtures/apis/&lt;apiId&gt;/openapi.yaml</c>).</summary>
    public static ExchangeContext Contract(string apiId, string operationId, int status, string? body, string url = "http://p/x", string? contentType = "application/json")
    {
        var spec = Contracts.Load(apiId);
        var operation = spec.FindOperation(operationId)!;
        var exchange = new ExchangeRecord
        {
            Direction = ExchangeDirection.Outbound,
            Request = new HttpRequestRecord { Method = operation.Method, Url = url, Headers = [] },
            Response = new HttpResponseRecord
            {
                StatusCode = status,
                Headers = contentType is null ? [] : [new("Content-Type", contentType)],
                ContentType = contentType,
                Body = body,
                BodyLength = body?.Length ?? 0,
            },
            Elapsed = TimeSpan.Zero,
        };
        return new ExchangeContext(spec, operation, exchange) { ApiId = apiId };
    }

    public static List<Finding> Run(IExchangeCheck check, ExchangeContext context) =>
        check.AppliesTo(context) ? check.Evaluate(context).ToList() : [];
}
