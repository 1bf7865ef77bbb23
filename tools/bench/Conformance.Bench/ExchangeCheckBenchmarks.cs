using BenchmarkDotNet.Attributes;
using Conformance.Runner.Checks;
using Conformance.Runner.Engine;
using Conformance.Runner.Results;
using Conformance.Specs;
using Conformance.Specs.Loading;
using Conformance.Specs.Model;

namespace Conformance.Bench;

/// <summary>
/// Every exchange check of the catalogue on one FiNUM <c>GET /contract-list</c> exchange carrying
/// 100 contracts (budget: under 1 ms after warm-up). A fresh <see cref="ExchangeContext"/> per call,
/// as the engine makes one per exchange, so the body is parsed inside the measurement.
/// </summary>
[MemoryDiagnoser]
public class ExchangeCheckBenchmarks
{
    private ApiSpec spec = null!;
    private SpecOperation operation = null!;
    private ExchangeRecord exchange = null!;

    [GlobalSetup]
    public void Setup()
    {
        spec = SpecLoader.LoadFile(FixturePaths.SpecFile("finum")).Spec!;
        operation = spec.FindOperation("listContracts")!;
        var records = ContractResponses.Build(spec, 100);
        var body = records.ToJsonString();
        var idList = string.Join(",", records.AsArray().Select(r => r!["id"]!.GetValue<string>()));
        exchange = new ExchangeRecord
        {
            Direction = ExchangeDirection.Outbound,
            Elapsed = TimeSpan.FromMilliseconds(3),
            Request = new HttpRequestRecord
            {
                Method = "GET",
                Url = $"http://127.0.0.1:5080/finum/v1/contract-list?id-list={idList}",
                Headers = [new("Authorization", "Bearer ***")],
            },
            Response = new HttpResponseRecord
            {
                StatusCode = 200,
                ContentType = "application/json; charset=utf-8",
                Headers = [new("Content-Type", "application/json; charset=utf-8")],
                Body = body,
                BodyLength = body.Length,
            },
        };
        if (CheckAll() != 0)
        {
            throw new InvalidOperationException("The benchmark exchange has findings; the benchmark would measure the error path.");
        }
    }

    /// <returns>The number of findings (0 for this conforming exchange).</returns>
    [Benchmark]
    public int CheckAll() => ExchangeChecker.Run(CheckCatalogue.Default, Context()).Count;

    /// <summary>A fresh context for the exchange, as the engine makes one per exchange.</summary>
    public ExchangeContext Context() => new(spec, operation, exchange) { ApiId = "finum" };

    /// <summary>The body validation of the schema check alone, on a node already parsed.</summary>
    public bool Validate(System.Text.Json.Nodes.JsonNode? body) =>
        spec.Validator.Validate(operation.Responses["200"].Content["application/json"].Schema!, body).IsValid;

    public string Body => exchange.Response!.Body!;

    public int ResponseBytes => exchange.Response!.Body!.Length;
}
