using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Conformance.Runner.Generation;
using Conformance.Runner.Results;
using Conformance.Runner.Tests.Support;
using Conformance.Runner.Transport;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Conformance.Runner.Tests.Generation;

public sealed partial class GeneratedCaseRunnerTests
{
    [Test]
    public async Task RunAsync_GoodProvider_AllCasesPass()
    {
        using var harness = new EngineHarness(r => GoodProvider(r, checkAuth: true));

        var results = await new GeneratedCaseRunner(harness.Context).RunAsync(CaseGenerator.Generate(harness.Spec), CancellationToken.None);

        var failures = results.Where(r => r.Outcome != Outcome.Passed).Select(r => $"{r.CaseId}: {string.Join("; ", r.Findings.Select(f => f.Message))}");
        Assert.That(failures, Is.Empty);
        Assert.That(harness.Transport.Requests.Count(r => r.Url.Contains("item-id-list-updated?since=1970", StringComparison.Ordinal)), Is.EqualTo(1), "ids are discovered once");
    }

    [Test]
    public async Task RunAsync_ProviderIgnoringAuth_FailsAuthRequired()
    {
        using var harness = new EngineHarness(r => GoodProvider(r, checkAuth: false));

        var results = await new GeneratedCaseRunner(harness.Context).RunAsync(CaseGenerator.Generate(harness.Spec), CancellationToken.None);

        var failed = results.Where(r => r.Outcome == Outcome.Failed).ToList();
        Assert.That(failed.Select(r => r.Kind).Distinct(), Is.EquivalentTo(new[] { CaseKind.MissingAuth, CaseKind.WrongAuth }));
        Assert.That(failed.SelectMany(r => r.Findings).Select(f => f.CheckId), Has.Some.EqualTo("auth_required"));
    }

    private static TransportResult GoodProvider(TransportRequest request, bool checkAuth)
    {
        var uri = new Uri(request.Url);
        var path = uri.AbsolutePath["/test/v1".Length..];
        var query = System.Web.HttpUtility.ParseQueryString(uri.Query);
        if (path == "/status")
        {
            return request.Method == "GET" ? InMemoryTransport.Json(200, "{}") : Problem(405);
        }

        if (checkAuth && !Authorised(request))
        {
            return Problem(401);
        }

        switch (request.Method, path)
        {
            case ("GET", "/item-id-list-updated"):
                return DateTimeOffset.TryParse(query["since"], out _) ? InMemoryTransport.Json(200, """["C1","C2"]""") : Problem(400);
            case ("GET", "/item-list"):
                var ids = query["id-list"]?.Split(',');
                return ids is null || ids.Any(i => !IdPattern().IsMatch(i)) ? Problem(400) : InMemoryTransport.Json(200, """[{"id":"C1","status":120}]""");
            case ("GET", var p) when p.StartsWith("/item/", StringComparison.Ordinal):
                return IdPattern().IsMatch(Uri.UnescapeDataString(p[6..])) ? InMemoryTransport.Json(200, """{"id":"C1","status":120}""") : Problem(400);
            case ("POST", "/item"):
                try
                {
                    var body = JsonNode.Parse(request.Body ?? string.Empty) as JsonObject;
                    var valid = body?["name"] is JsonValue n && n.GetValueKind() == JsonValueKind.String
                        && (body["kind"] is null || body["kind"]!.GetValueKind() == JsonValueKind.String && body["kind"]!.GetValue<string>() is "a" or "b")
                        && (body["callbackUrl"] is null || body["callbackUrl"]!.GetValueKind() == JsonValueKind.String);
                    return valid ? InMemoryTransport.Json(201, """{"id":"C9","status":120}""", new KeyValuePair<string, string>("Location", "/item/C9")) : Problem(400);
                }
                catch (JsonException)
                {
                    return Problem(400);
                }

            default:
                return Problem(405);
        }
    }

    private static bool Authorised(TransportRequest request)
    {
        var header = request.Headers.FirstOrDefault(h => h.Key == "Authorization").Value;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return false;
        }

        using var rsa = RSA.Create();
        rsa.ImportFromPem(Credentials.PublicKeyPem);
        var key = new RsaSecurityKey(rsa) { CryptoProviderFactory = new CryptoProviderFactory { CacheSignatureProviders = false } };
        var result = new JsonWebTokenHandler().ValidateTokenAsync(header[7..], new TokenValidationParameters
        {
            IssuerSigningKey = key,
            ValidIssuer = "conformance-test-consumer",
            ValidAudience = "finum-sync-api",
            LifetimeValidator = (_, expires, _, _) => expires > new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        }).GetAwaiter().GetResult();
        return result.IsValid;
    }

    private static TransportResult Problem(int status) =>
        InMemoryTransport.Json(status, $$"""{"title":"error","status":{{status}}}""") with { ContentType = "application/problem+json", Headers = [new("Content-Type", "application/problem+json")] };

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex IdPattern();
}
