using Conformance.Runner.Arazzo;
using Conformance.Runner.Auth;
using Conformance.Runner.Callbacks;
using Conformance.Runner.Engine;
using Conformance.Runner.Results;
using Conformance.Runner.Transport;
using Conformance.Specs.Model;

namespace Conformance.Runner.Tests.Support;

/// <summary>Runs flow text against an in-memory provider on a fake clock.</summary>
public sealed class EngineHarness : IDisposable
{
    private readonly JwtCredentialProvider jwt;

    public EngineHarness(Func<TransportRequest, TransportResult> respond)
    {
        Spec = TestSpec.Create();
        Clock = new DrivenClock();
        Transport = new InMemoryTransport(respond);
        jwt = Credentials.Jwt(Clock);
        var authenticator = new Authenticator(Spec, [jwt]);
        Context = new EngineContext
        {
            ApiId = "test",
            Spec = Spec,
            BaseUrl = "http://provider.test/test/v1",
            Transport = new AuthenticatingTransport(Transport, authenticator, "http://provider.test/test/v1"),
            Authenticator = authenticator,
            TimeProvider = Clock,
            RunIdFactory = () => "run1",
        };
    }

    public ApiSpec Spec { get; }
    public DrivenClock Clock { get; }
    public InMemoryTransport Transport { get; }
    public EngineContext Context { get; set; }

    public static string Flow(string workflows) => $"""
        arazzo: 1.0.1
        info: {"{"}title: t, version: '1'{"}"}
        sourceDescriptions:
          - {"{"}name: test, url: ../openapi.yaml, type: openapi{"}"}
        workflows:
        {workflows}
        """;

    public ArazzoDocument Load(string workflows)
    {
        var result = ArazzoLoader.LoadText(Flow(workflows), "test.arazzo.yaml", Spec);
        Assert.That(result.Diagnostics, Is.Empty, string.Join("\n", result.Diagnostics));
        return result.Document!;
    }

    /// <summary>Runs the first workflow, advancing the clock by <paramref name="step"/> whenever the engine waits.</summary>
    public Task<FlowResult> RunAsync(string workflows, TimeSpan? step = null, ICallbackInbox? inbox = null)
    {
        var document = Load(workflows);
        var engine = new WorkflowEngine(Context with { Inbox = inbox ?? Context.Inbox }, document);
        var run = engine.RunAsync(document.Workflows[0], CancellationToken.None);
        return Clock.DriveAsync(run, step ?? TimeSpan.FromSeconds(1));
    }

    public static TransportResult Json(int status, string body) => InMemoryTransport.Json(status, body);

    public void Dispose() => jwt.Dispose();
}
