using Conformance.Runner.Arazzo;
using Conformance.Runner.Auth;
using Conformance.Runner.Engine;
using Conformance.Runner.Reporting;
using Conformance.Runner.Results;
using Conformance.Runner.Tests.Support;
using Conformance.Runner.Transport;

namespace Conformance.Runner.Tests.Transport;

/// <summary>The credential stage end to end: the real runner against a loopback provider.</summary>
public sealed class AuthenticatingTransportTests
{
    private const string ReadFlow = """
          - workflowId: read
            steps:
              - stepId: read
                operationId: readThing
                successCriteria:
                  - condition: $statusCode == 200
        """;

    [Test]
    public async Task RunPreparedAsync_OAuth2Step_TokenExchangeIsRecordedWithTheStepAndChecked()
    {
        await using var provider = await AuthProvider.StartAsync();
        provider.OmitTokenType = true;

        var result = await RunAsync(provider, ReadFlow, ["read", "write"]);

        var step = result.Flows.Single().Steps.Single();
        Assert.That(step.Exchanges.Select(e => (e.Request.Method, new Uri(e.Request.Url).AbsolutePath)), Is.EqualTo(new[] { ("POST", "/auth/v1/oauth/token"), ("GET", "/auth/v1/a/read") }));
        Assert.That(step.Exchanges[1].Response!.StatusCode, Is.EqualTo(200));
        Assert.That(step.Findings.Select(f => f.CheckId), Does.Contain("response_schema_conformance"));
        Assert.That(step.Findings.Single(f => f.CheckId == "response_schema_conformance").Message, Does.Contain("token_type"));
    }

    [Test]
    public async Task RunPreparedAsync_TokenObtainedAtRunTime_IsMaskedInRecordsAndReports()
    {
        await using var provider = await AuthProvider.StartAsync();

        var result = await RunAsync(provider, ReadFlow, ["read"]);

        var exchanges = result.Flows.Single().Steps.Single().Exchanges;
        Assert.That(exchanges[0].Response!.Body, Does.Contain("\"access_token\":\"***\""));
        Assert.That(exchanges[1].Request.Headers, Does.Contain(new KeyValuePair<string, string>("Authorization", "Bearer ***")));
        Assert.That(exchanges[1].Response!.Body, Is.EqualTo("""{"seen":"***"}"""));
        var run = RunResults.Combine([result], "test", DateTimeOffset.UnixEpoch, TimeSpan.Zero);
        Assert.That(JsonReportWriter.Render(run), Does.Not.Contain("oauth-token-").And.Not.Contain(AuthProvider.ClientSecret));
        Assert.That(HtmlReportWriter.Render(run), Does.Not.Contain("oauth-token-").And.Not.Contain(AuthProvider.ClientSecret));
    }

    [Test]
    public async Task RunPreparedAsync_GeneratedMissingScopeCase_SendsARealTokenLackingTheScope()
    {
        await using var provider = await AuthProvider.StartAsync();

        var result = await RunAsync(provider, null, ["read", "write"]);

        var missingScope = result.GeneratedCases.Single(c => c.CaseId == "readThing.wrong_auth.missing-scope");
        Assert.That(missingScope.Exchanges.Select(e => e.Response?.StatusCode), Is.EqualTo(new int?[] { 200, 403 }));
        Assert.That(provider.Received.Any(r => r.Body == "grant_type=client_credentials&scope=write"), Is.True);
    }

    [Test]
    public async Task RunPreparedAsync_MissingScopeWhenOnlyThatScopeIsGranted_IsOmittedWithTheReason()
    {
        await using var provider = await AuthProvider.StartAsync();

        var result = await RunAsync(provider, null, ["read"]);

        var missingScope = result.GeneratedCases.Single(c => c.CaseId == "readThing.wrong_auth.missing-scope");
        Assert.That(missingScope.Outcome, Is.EqualTo(Outcome.Omitted));
        Assert.That(missingScope.Description, Does.Contain("grants no scope besides read"));
    }

    [Test]
    public async Task RunPreparedAsync_CredentialsUnresolved_ThrowsBeforeAnythingIsSent()
    {
        await using var provider = await AuthProvider.StartAsync();
        var request = Request(provider, [], includeGenerated: false) with
        {
            Profile = new Runner.Profiles.ApiProfile { Credentials = new Dictionary<string, Runner.Profiles.CredentialSource> { ["clientId"] = new("CONFORMANCE_TEST_UNSET_VARIABLE", null) } },
        };

        var error = Assert.ThrowsAsync<ConformanceConfigurationException>(() =>
            new ConformanceRunner().RunPreparedAsync(request, new RunPreparation(AuthSpec.Create(), [], [], []), new RecordingListener(), CancellationToken.None));

        Assert.That(error!.Diagnostics, Has.Some.Contains("apis.auth.credentials.clientId").And.Some.Contains("CONFORMANCE_TEST_UNSET_VARIABLE"));
        Assert.That(provider.Received, Is.Empty);
    }

    private static async Task<ApiRunResult> RunAsync(AuthProvider provider, string? workflows, IReadOnlyList<string> scopes)
    {
        var spec = AuthSpec.Create();
        var documents = new List<ArazzoDocument>();
        if (workflows is not null)
        {
            var loaded = ArazzoLoader.LoadText(EngineHarness.Flow(workflows), "auth.arazzo.yaml", spec);
            Assert.That(loaded.Diagnostics, Is.Empty, string.Join("\n", loaded.Diagnostics));
            documents.Add(loaded.Document!);
        }

        var credentials = new ResolvedCredentials
        {
            Values = new Dictionary<string, string> { ["clientId"] = AuthProvider.ClientId, ["clientSecret"] = AuthProvider.ClientSecret },
            Scopes = scopes,
        };
        var preparation = new RunPreparation(spec, documents, [], []) { Credentials = credentials };
        return await new ConformanceRunner().RunPreparedAsync(Request(provider, scopes, workflows is null), preparation, new RecordingListener(), CancellationToken.None);
    }

    private static ApiRunRequest Request(AuthProvider provider, IReadOnlyList<string> scopes, bool includeGenerated) => new()
    {
        ApiId = "auth",
        ProviderBaseUrl = provider.BaseUrl,
        SpecPath = "in-memory",
        IncludeGeneratedCases = includeGenerated,
        ReachabilityAttempts = 1,
    };
}
