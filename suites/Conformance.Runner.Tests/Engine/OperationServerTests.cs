using Conformance.Runner.Auth;
using Conformance.Runner.Engine;
using Conformance.Runner.Transport;
using Conformance.Specs.Loading;
using Conformance.Specs.Model;

namespace Conformance.Runner.Tests.Engine;

/// <summary>An operation with its own <c>servers</c> (OpenAPI 3.1 §4.8.10) is sent there, a relative one resolved against the API base URL.</summary>
public sealed class OperationServerTests
{
    private const string Yaml = """
        openapi: 3.1.0
        info: {title: t, version: '1'}
        servers: [{url: /ledger/v1}]
        paths:
          /entries:
            get:
              operationId: listEntries
              responses: {'200': {description: ok}}
          /clock:
            servers: [{url: /__admin/ledger}]
            post:
              operationId: advanceClock
              responses: {'200': {description: ok}}
          /elsewhere:
            get:
              operationId: absoluteServer
              servers: [{url: 'http://other.example/x/'}]
              responses: {'200': {description: ok}}
        """;

    private static ApiSpec Spec() => SpecLoader.LoadText(Yaml, "servers.yaml").Spec!;

    private static string Url(string operationId)
    {
        var spec = Spec();
        var context = new EngineContext
        {
            ApiId = "ledger",
            Spec = spec,
            BaseUrl = "http://127.0.0.1:5080/ledger/v1",
            Transport = new InMemoryTransport(_ => InMemoryTransport.Json(200, "{}")),
            Authenticator = Authenticator.None(spec),
        };
        return RequestBuilder.Build(context, new RequestInput { Operation = spec.FindOperation(operationId)! }, []).Request.Url;
    }

    [Test]
    public void Build_OperationWithoutServers_UsesTheApiBaseUrl() =>
        Assert.That(Url("listEntries"), Is.EqualTo("http://127.0.0.1:5080/ledger/v1/entries"));

    [Test]
    public void Build_PathItemWithRelativeServer_ResolvesItAgainstTheBaseUrl() =>
        Assert.That(Url("advanceClock"), Is.EqualTo("http://127.0.0.1:5080/__admin/ledger/clock"));

    [Test]
    public void Build_OperationWithAbsoluteServer_UsesItAsWritten() =>
        Assert.That(Url("absoluteServer"), Is.EqualTo("http://other.example/x/elsewhere"));

    [Test]
    public void Load_PathItemServers_AreInheritedByItsOperations() =>
        Assert.That(Spec().FindOperation("advanceClock")!.ServerUrl, Is.EqualTo("/__admin/ledger"));
}
