using Conformance.Specs.Model;

namespace Conformance.Specs.Tests.Model;

public sealed class ApiSpecTests
{
    private static readonly ApiSpec Spec = TestSpecs.Load(SampleSpec.Yaml);

    [Test]
    public void Operations_AreOrderedByTemplateThenMethodOrder()
    {
        var order = Spec.Operations.Select(o => $"{o.Method} {o.PathTemplate}");

        Assert.That(order, Is.EqualTo(new[]
        {
            "GET /contract", "POST /contract", "GET /contract/search", "GET /contract/{id}", "DELETE /contract/{id}",
            "GET /file/{fileId}.pdf", "GET /shared",
        }));
    }

    [Test]
    public void Info_AndServers_AreRead()
    {
        Assert.That((Spec.Title, Spec.Version, Spec.OpenApiVersion, Spec.Description), Is.EqualTo(("Sample", "1.0", "3.1.0", "For tests")));
        Assert.That(Spec.Servers.Select(s => s.Url), Is.EqualTo(new[] { "https://{host}/sample/v1/", "/other" }));
        Assert.That(Spec.BasePath, Is.EqualTo("/sample/v1"));
    }

    [Test]
    public void FindOperation_ById_FindsPathWebhookAndCallbackOperations()
    {
        Assert.That(Spec.FindOperation("getContract")!.PathTemplate, Is.EqualTo("/contract/{id}"));
        Assert.That(Spec.FindOperation("agencyChanged")!.Pointer, Is.EqualTo("/webhooks/agencyChanged/post"));
        Assert.That(Spec.FindOperation("createContract.statusChanged.POST {$request.body#/callbackUrl}"), Is.Not.Null);
        Assert.That(Spec.FindOperation("nope"), Is.Null);
    }

    [Test]
    public void FindOperation_ByMethodAndTemplate_IsExact()
    {
        Assert.That(Spec.FindOperation("delete", "/contract/{id}")!.OperationId, Is.EqualTo("deleteContract"));
        Assert.That(Spec.FindOperation("GET", "/contract/123"), Is.Null);
    }

    [Test]
    public void FindSchema_AcceptsBothPointerForms()
    {
        Assert.That(Spec.FindSchema("#/components/schemas/Contract")!.Pointer, Is.EqualTo("/components/schemas/Contract"));
        Assert.That(Spec.FindSchema("/components/schemas/Contract"), Is.Not.Null);
        Assert.That(Spec.FindSchema("/components/schemas/Nope"), Is.Null);
    }

    [Test]
    public void SecuritySchemes_AreRead()
    {
        Assert.That(Spec.SecuritySchemes["bearer"], Is.EqualTo(new SpecSecurityScheme("bearer", "http", "bearer", "JWT", null, null, null, null)));
        Assert.That((Spec.SecuritySchemes["key"].In, Spec.SecuritySchemes["key"].ParameterName), Is.EqualTo(("header", "X-Key")));
        Assert.That(Spec.SecuritySchemes["oauth"].TokenUrl, Is.EqualTo("https://auth.example.com/token"));
    }

    [Test]
    public void Security_OperationOverridesGlobal()
    {
        Assert.That(Spec.FindOperation("createContract")!.Security, Is.EqualTo(new[] { new[] { "bearer" } }));
        Assert.That(Spec.FindOperation("listContracts")!.Security, Is.Empty);
        Assert.That(Spec.FindOperation("getContract")!.Security, Is.EqualTo(new[] { Array.Empty<string>(), new[] { "bearer" } }));
    }

    [Test]
    public void Webhooks_AreListedWithTheirOperations()
    {
        var webhook = Spec.Webhooks.Single();

        Assert.That(webhook.Name, Is.EqualTo("agencyChanged"));
        Assert.That(webhook.Operations.Single().Method, Is.EqualTo("POST"));
        Assert.That(webhook.Operations.Single().Security, Is.Empty);
    }

    [Test]
    public void Callbacks_ReferencedFromComponents_PointInsideTheCallback()
    {
        var callback = Spec.FindOperation("createContract")!.Callbacks.Single();
        var operation = callback.Operations.Single();

        Assert.That((callback.Name, callback.Expression), Is.EqualTo(("statusChanged", "{$request.body#/callbackUrl}")));
        Assert.That(operation.Pointer, Is.EqualTo("/components/callbacks/StatusChanged/{$request.body#~1callbackUrl}/post"));
        Assert.That(operation.RequestBody!.Content["application/json"].Schema!.Pointer, Is.EqualTo("/components/schemas/Contract"));
    }

    [Test]
    public void PathItemReference_IsResolved()
    {
        Assert.That(Spec.FindOperation("getShared")!.Pointer, Is.EqualTo("/components/pathItems/Shared/get"));
    }

    [Test]
    public void EnumerateAllOperations_IncludesWebhooksAndCallbacks()
    {
        Assert.That(Spec.EnumerateAllOperations().Count(), Is.EqualTo(Spec.Operations.Count + 2));
    }

    [Test]
    public void Document_MutatedByACaller_ChangesNothingInTheView()
    {
        var spec = TestSpecs.Load(SampleSpec.Yaml);

        spec.Document["components"]!["schemas"]!["Contract"]!["required"] = new System.Text.Json.Nodes.JsonArray("id", "other");
        var result = spec.Validator.Validate(spec.FindSchema("/components/schemas/Contract")!, """{"id": "c-1"}""");

        Assert.That(result.IsValid, Is.True);
    }
}
