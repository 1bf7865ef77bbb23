using Conformance.Runner.Checks;
using Conformance.Runner.Results;
using Conformance.Runner.Tests.Support;

namespace Conformance.Runner.Tests.Checks.SiviAfs;

/// <summary>Exchanges of the SIVI AFS contract with the request and response headers a SIVI check reads.</summary>
internal static class SiviAfsExchanges
{
    public const string Base = "http://p/sivi-afs/v1";

    public static ExchangeContext Build(
        string operationId,
        int status,
        string? body,
        string path,
        string? contentType = "application/json; version=3",
        string? accept = null,
        params KeyValuePair<string, string>[] responseHeaders)
    {
        var spec = Contracts.Load("sivi-afs");
        var operation = spec.FindOperation(operationId)!;
        IReadOnlyList<KeyValuePair<string, string>> headers = contentType is null ? responseHeaders : [new("Content-Type", contentType), .. responseHeaders];
        var exchange = new ExchangeRecord
        {
            Direction = ExchangeDirection.Outbound,
            Request = new HttpRequestRecord { Method = operation.Method, Url = Base + path, Headers = accept is null ? [] : [new("Accept", accept)] },
            Response = new HttpResponseRecord { StatusCode = status, Headers = headers, ContentType = contentType, Body = body, BodyLength = body?.Length ?? 0 },
            Elapsed = TimeSpan.Zero,
        };
        return new ExchangeContext(spec, operation, exchange) { ApiId = "sivi-afs" };
    }

    public static List<Finding> Run(IExchangeCheck check, ExchangeContext context) => CheckTestData.Run(check, context);

    public static string Error(string status, string code) =>
        $$"""{"error":[{"entityType":"default","httpStatus":"{{status}}","errorCode":"{{code}}","errorCodeExplanation":"x","errorDescription":"y"}]}""";
}
