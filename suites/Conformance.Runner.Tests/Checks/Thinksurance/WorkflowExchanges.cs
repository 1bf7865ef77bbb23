using Conformance.Runner.Checks;
using Conformance.Runner.Results;
using Conformance.Runner.Tests.Support;

namespace Conformance.Runner.Tests.Checks.Thinksurance;

/// <summary>Builds a recorded Thinksurance workflow, one exchange per step, for the workflow checks.</summary>
public static class WorkflowExchanges
{
    public static ExchangeRecord Outbound(string method, string path, string answer, bool broker = true) => new()
    {
        Direction = ExchangeDirection.Outbound,
        Request = new HttpRequestRecord
        {
            Method = method,
            Url = "http://p/thinksurance" + path,
            Headers = broker ? [new("X-Broker-Token", "***"), new("X-Account-Token", "***")] : [new("X-Account-Token", "***")],
        },
        Response = new HttpResponseRecord { StatusCode = 200, Headers = [], ContentType = "application/json", Body = answer, BodyLength = answer.Length },
        Elapsed = TimeSpan.Zero,
    };

    public static ExchangeRecord Inbound(string body) => new()
    {
        Direction = ExchangeDirection.InboundCallback,
        Request = new HttpRequestRecord { Method = "POST", Url = "http://runner/webhooks/thinksurance", Headers = [], Body = body },
        Response = new HttpResponseRecord { StatusCode = 204, Headers = [] },
        Elapsed = TimeSpan.Zero,
    };

    public static WorkflowCheckContext Of(params ExchangeRecord[] exchanges) => new()
    {
        ApiId = "thinksurance",
        Spec = Contracts.Load("thinksurance"),
        WorkflowId = "w",
        Steps = [.. exchanges.Select((e, i) => new StepResult { StepId = $"s{i}", Outcome = Outcome.Passed, Duration = TimeSpan.Zero, Exchanges = [e], Findings = [] })],
    };
}
