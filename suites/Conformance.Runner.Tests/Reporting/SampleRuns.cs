using Conformance.Runner.Reporting.Coverage;
using Conformance.Runner.Results;

namespace Conformance.Runner.Tests.Reporting;

/// <summary>
/// A fixed, hand-built run exercising every part of the report model: passed, failed, omitted and
/// expected-failure flows, steps and generated cases, an inbound callback, a retried step, a
/// truncated body, a transport error, and an API that could not be reached.
/// </summary>
internal static class SampleRuns
{
    public const string FakeToken = "eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJ0ZXN0In0.c2lnbmF0dXJlLWZha2U";
    public const string FakeSecret = "FAKE-SECRET-4242-abcdefgh";
    public const string BaseUrl = "http://127.0.0.1:5080/finum/v1";

    public static RunResult NotConformant() => new()
    {
        ToolVersion = "1.0.0-test",
        StartedAt = new DateTimeOffset(2026, 11, 24, 6, 0, 0, TimeSpan.Zero),
        Duration = TimeSpan.FromMilliseconds(8421.5),
        Verdict = Verdict.NotConformant,
        Apis = [Finum(), UnreachableSeyna()],
    };

    public static RunResult Conformant() => new()
    {
        ToolVersion = "1.0.0-test",
        StartedAt = new DateTimeOffset(2026, 11, 24, 6, 0, 0, TimeSpan.Zero),
        Duration = TimeSpan.FromSeconds(2),
        Verdict = Verdict.Conformant,
        Apis = [Finum() with { Verdict = Verdict.Conformant, Flows = [SyncFlow()], GeneratedCases = [PassedCase("listContracts", "valid_request")] }],
    };

    /// <summary>The same run with one response body replaced (e.g. by hostile content).</summary>
    public static RunResult WithResponseBody(string body)
    {
        var run = NotConformant();
        var api = run.Apis[0];
        var flow = api.Flows[0];
        var step = flow.Steps[0];
        var exchange = step.Exchanges[0];
        var replaced = step with { Exchanges = [exchange with { Response = exchange.Response! with { Body = body } }] };
        return run with { Apis = [api with { Flows = [flow with { Steps = [replaced, .. flow.Steps.Skip(1)] }, .. api.Flows.Skip(1)] }, .. run.Apis.Skip(1)] };
    }

    private static ApiRunResult Finum() => new()
    {
        ApiId = "finum",
        ProviderBaseUrl = BaseUrl,
        SpecTitle = "FiNUM Sync API",
        SpecVersion = "1.0.0",
        Verdict = Verdict.NotConformant,
        Flows = [SyncFlow(), ProposalFlow(), OmittedFlow(), ExpectedFailureFlow()],
        GeneratedCases =
        [
            PassedCase("listContracts", "valid_request"),
            FailedCase(),
            PassedCase("listContracts", "missing_auth"),
            PassedCase("createContract", "undocumented_method"),
            new GeneratedCaseResult
            {
                CaseId = "downloadFile.valid_request",
                OperationId = "downloadFile",
                Kind = "valid_request",
                Outcome = Outcome.Omitted,
                Duration = TimeSpan.Zero,
                Exchanges = [],
                Findings = [],
            },
        ],
        Findings = [],
        Coverage = FinumCoverage(),
    };

    /// <summary>Hand-made: one operation never exercised, a callback reached, responses reached and not.</summary>
    private static SpecCoverage FinumCoverage() => new()
    {
        OperationsTotal = 4,
        OperationsExercised = 3,
        ResponsesTotal = 8,
        ResponsesReached = 4,
        Operations =
        [
            Covered("listContracts", CoverageKind.Operation, "GET", "/contract", 6, 4, ("200", true), ("400", true), ("401", false)),
            Covered("createContract", CoverageKind.Operation, "POST", "/contract", 1, 1, ("201", true), ("400", false)),
            Covered("downloadFile", CoverageKind.Operation, "GET", "/file/{fileId}/download", 0, 0, ("200", false), ("404", false)),
            Covered("contractStatusChanged", CoverageKind.Callback, "POST", "{$request.body#/callbackUrl}", 1, 0, ("204", true)),
        ],
        UnreachedResponses = ["listContracts 401", "createContract 400", "downloadFile 200", "downloadFile 404"],
    };

    private static OperationCoverage Covered(string operationId, CoverageKind kind, string method, string target, int flows, int generated, params (string Status, bool Reached)[] responses) => new()
    {
        OperationId = operationId,
        Kind = kind,
        Method = method,
        Target = target,
        Exercised = flows + generated > 0,
        FlowRequests = flows,
        GeneratedRequests = generated,
        Responses = [.. responses.Select(r => new ResponseCoverage { Status = r.Status, Reached = r.Reached })],
    };

    private static FlowResult SyncFlow() => new()
    {
        WorkflowId = "sync_contracts",
        Summary = "Contracts changed after `since` are listed and delivered",
        SourceFile = "fixtures/apis/finum/flows/sync.arazzo.yaml",
        Outcome = Outcome.Passed,
        Duration = TimeSpan.FromMilliseconds(184),
        Steps =
        [
            new StepResult
            {
                StepId = "listUpdatedIds",
                OperationId = "listUpdatedContractIds",
                Description = "Ids of contracts changed since the reference date",
                Outcome = Outcome.Passed,
                Duration = TimeSpan.FromMilliseconds(42),
                Exchanges = [Exchange("GET", "/contracts/updated?since=2026-01-01T00:00:00Z", null, 200, """["C-1001","C-1002"]""")],
                Findings = [],
                Outputs = [new("ids", "C-1001,C-1002")],
            },
            new StepResult
            {
                StepId = "listContracts",
                OperationId = "listContracts",
                Outcome = Outcome.Passed,
                Duration = TimeSpan.FromMilliseconds(131),
                Exchanges = [Exchange("GET", "/contracts?id-list=C-1001,C-1002", null, 200, """[{"id":"C-1001","status":320},{"id":"C-1002","status":110}]""")],
                Findings =
                [
                    new Finding
                    {
                        CheckId = "response_headers_conformance",
                        Title = "Documented response headers are present",
                        Severity = Severity.Warning,
                        Message = "Header 'Cache-Control' is documented but was not sent.",
                        SpecReference = "openapi.yaml#/paths/~1contracts/get/responses/200/headers",
                    },
                ],
            },
        ],
        Findings = [],
    };

    private static FlowResult ProposalFlow() => new()
    {
        WorkflowId = "proposal_callback",
        Summary = "A proposal is accepted and its status change is called back",
        SourceFile = "fixtures/apis/finum/flows/proposal.arazzo.yaml",
        Outcome = Outcome.Failed,
        Duration = TimeSpan.FromMilliseconds(2310),
        Steps =
        [
            new StepResult
            {
                StepId = "createProposal",
                OperationId = "createContract",
                Description = "Submit a proposal (status 120) with the runner's callback URL",
                Outcome = Outcome.Failed,
                Duration = TimeSpan.FromMilliseconds(88),
                Exchanges =
                [
                    Exchange("POST", "/contracts", """{"status":120,"callbackUrl":"http://127.0.0.1:40123/callbacks/finum"}""", 201,
                        """{"id":"C-2001","status":"120","clientSecret":"FAKE-SECRET-4242-abcdefgh","note":"<script>alert('x')</script>"}"""),
                ],
                Findings =
                [
                    new Finding
                    {
                        CheckId = "response_schema_conformance",
                        Title = "Response body matches the documented schema",
                        Severity = Severity.Error,
                        Message = "/status: expected integer, got string \"120\".",
                        SpecReference = "openapi.yaml#/components/schemas/Contract",
                        InstancePointer = "/status",
                    },
                ],
                Outputs = [new("contractId", "C-2001")],
            },
            new StepResult
            {
                StepId = "waitForCallback",
                Description = "Wait for the status change to 110",
                Outcome = Outcome.Failed,
                Duration = TimeSpan.FromMilliseconds(2003),
                Exchanges =
                [
                    new ExchangeRecord
                    {
                        Direction = ExchangeDirection.InboundCallback,
                        Request = new HttpRequestRecord
                        {
                            Method = "POST",
                            Url = "http://127.0.0.1:40123/callbacks/finum",
                            Headers = [new("Content-Type", "application/json")],
                            Body = """{"contractId":"C-2001","status":"active"}""",
                        },
                        Response = new HttpResponseRecord { StatusCode = 204, Headers = [], BodyLength = 0 },
                        Elapsed = TimeSpan.FromMilliseconds(3),
                    },
                ],
                Findings =
                [
                    new Finding
                    {
                        CheckId = "callback_conformance",
                        Title = "Callbacks match the operation's OpenAPI callback",
                        Severity = Severity.Error,
                        Message = "/status: 'active' is not one of [110, 130, 230, 320].",
                        SpecReference = "openapi.yaml#/paths/~1contracts/post/callbacks/statusChanged",
                        InstancePointer = "/status",
                    },
                ],
            },
            new StepResult
            {
                StepId = "getContract",
                OperationId = "listContracts",
                Outcome = Outcome.Failed,
                Duration = TimeSpan.FromMilliseconds(210),
                Exchanges =
                [
                    Exchange("GET", "/contracts?id-list=C-2001", null, 503, "<html>Service Unavailable</html>", "text/html"),
                    Truncated(Exchange("GET", "/contracts?id-list=C-2001", null, 200, """[{"id":"C-2001","status":110,"documents":[{"id":"F-1","name":"Antrag.pdf"},{"id":"F-2","na""")),
                ],
                Findings =
                [
                    new Finding
                    {
                        CheckId = "status_code_conformance",
                        Title = "Status code is documented for the operation",
                        Severity = Severity.Error,
                        Message = "503 is not documented for listContracts (documented: 200, 400, 401).",
                        SpecReference = "openapi.yaml#/paths/~1contracts/get/responses",
                    },
                ],
            },
        ],
        Findings =
        [
            new Finding
            {
                CheckId = "flow_time_limit",
                Title = "The flow finishes within its time limit",
                Severity = Severity.Info,
                Message = "The flow used 2.3 s of its 30 s limit.",
            },
        ],
    };

    private static FlowResult OmittedFlow() => new()
    {
        WorkflowId = "order_documents",
        Summary = "Order a contract and download its documents",
        SourceFile = "fixtures/apis/finum/flows/order.arazzo.yaml",
        Outcome = Outcome.Omitted,
        Duration = TimeSpan.Zero,
        Steps = [],
        Findings =
        [
            new Finding
            {
                CheckId = "optional_operation",
                Title = "Optional operations are implemented or declared absent",
                Severity = Severity.Info,
                Message = "downloadFile is optional and the profile does not list it as implemented.",
            },
        ],
    };

    private static FlowResult ExpectedFailureFlow() => new()
    {
        WorkflowId = "unknown_ids",
        Summary = "Unknown ids are ignored, not errors",
        SourceFile = "fixtures/apis/finum/flows/errors.arazzo.yaml",
        Outcome = Outcome.ExpectedFailure,
        Duration = TimeSpan.FromMilliseconds(35),
        Steps =
        [
            new StepResult
            {
                StepId = "listUnknown",
                OperationId = "listContracts",
                Outcome = Outcome.ExpectedFailure,
                Duration = TimeSpan.FromMilliseconds(35),
                Exchanges = [Exchange("GET", "/contracts?id-list=NOPE", null, 404, """{"error":"not found"}""")],
                Findings =
                [
                    new Finding
                    {
                        CheckId = "status_code_conformance",
                        Title = "Status code is documented for the operation",
                        Severity = Severity.Error,
                        Message = "404 is not documented for listContracts.",
                        ExpectedFailureReason = "Fixed in release 4.2 (ticket SYNC-118).",
                    },
                ],
            },
        ],
        Findings = [],
    };

    private static GeneratedCaseResult PassedCase(string operationId, string kind) => new()
    {
        CaseId = $"{operationId}.{kind}",
        OperationId = operationId,
        Kind = kind,
        Description = $"{kind.Replace('_', ' ')} for {operationId}",
        Outcome = Outcome.Passed,
        Duration = TimeSpan.FromMilliseconds(12),
        Exchanges = [Exchange("GET", "/contracts?id-list=C-1001", null, kind == "missing_auth" ? 401 : 200, "[]")],
        Findings = [],
    };

    private static GeneratedCaseResult FailedCase() => new()
    {
        CaseId = "listContracts.negative_data.1",
        OperationId = "listContracts",
        Kind = "negative_data",
        Description = "id-list with an id longer than maxLength must be rejected with 400",
        Outcome = Outcome.Failed,
        Duration = TimeSpan.FromMilliseconds(19),
        Exchanges = [Exchange("GET", "/contracts?id-list=" + new string('X', 80), null, 200, "[]")],
        Findings =
        [
            new Finding
            {
                CheckId = "negative_data_rejection",
                Title = "Schema-violating requests are rejected",
                Severity = Severity.Error,
                Message = "Expected 400 for a request violating the schema, got 200.",
                SpecReference = "openapi.yaml#/paths/~1contracts/get/parameters/0",
            },
        ],
    };

    private static ApiRunResult UnreachableSeyna() => new()
    {
        ApiId = "seyna",
        ProviderBaseUrl = "http://127.0.0.1:9/seyna/v2",
        SpecTitle = "Seyna API",
        SpecVersion = "2.0.0",
        Verdict = Verdict.Unreachable,
        Flows = [],
        GeneratedCases = [],
        Findings =
        [
            new Finding
            {
                CheckId = "provider_reachable",
                Title = "The provider answers",
                Severity = Severity.Error,
                Message = "Connection refused (127.0.0.1:9).",
            },
        ],
    };

    private static ExchangeRecord Exchange(string method, string path, string? requestBody, int status, string responseBody, string contentType = "application/json") => new()
    {
        Direction = ExchangeDirection.Outbound,
        Request = new HttpRequestRecord
        {
            Method = method,
            Url = BaseUrl + path,
            Headers = [new("Authorization", "Bearer " + FakeToken), new("Accept", "application/json")],
            Body = requestBody,
        },
        Response = new HttpResponseRecord
        {
            StatusCode = status,
            Headers = [new("Content-Type", contentType), new("X-Echo-Auth", FakeToken)],
            ContentType = contentType,
            Body = responseBody,
            BodyLength = responseBody.Length,
        },
        Elapsed = TimeSpan.FromMilliseconds(17.25),
        Curl = $"curl -X {method} '{BaseUrl}{path}' -H 'Authorization: Bearer {FakeToken}' -H 'Accept: application/json'"
            + (requestBody is null ? "" : $" --data-raw '{requestBody}'"),
    };

    private static ExchangeRecord Truncated(ExchangeRecord exchange) =>
        exchange with { Response = exchange.Response! with { BodyTruncated = true, BodyLength = 5_242_880 } };
}
