using System.Text.Json.Nodes;
using Conformance.Specs.Json;
using Conformance.Specs.Loading;
using Conformance.Specs.Validation;

namespace Conformance.Specs.Model.Building;

/// <summary>Builds the read-only view of a document that is known to be an OpenAPI 3.x object.</summary>
internal static class ApiSpecBuilder
{
    public static ApiSpec Build(JsonObject root, DiagnosticSink diagnostics)
    {
        var resolver = new RefResolver(root);
        var global = root.Array("security") is { } security ? SecurityBuilder.Requirements(security) : [];
        var context = new BuildContext(resolver, diagnostics, global);

        var operations = new List<SpecOperation>();
        foreach (var (template, node) in root.Object("paths") ?? [])
        {
            if (template.StartsWith('/'))
            {
                operations.AddRange(OperationBuilder.FromPathItem(context, node, JsonPointer.Append("/paths", template), template, OperationBuilder.Origin.Paths));
            }
        }

        operations.Sort((a, b) =>
        {
            var byTemplate = string.CompareOrdinal(a.PathTemplate, b.PathTemplate);
            return byTemplate != 0 ? byTemplate : HttpMethods.Rank(a.Method).CompareTo(HttpMethods.Rank(b.Method));
        });

        var webhooks = new List<SpecWebhook>();
        foreach (var (name, node) in root.Object("webhooks") ?? [])
        {
            webhooks.Add(new SpecWebhook(name, OperationBuilder.FromPathItem(context, node, JsonPointer.Append("/webhooks", name), name, OperationBuilder.Origin.Webhook)));
        }

        var info = root.Object("info");
        var spec = new ApiSpec
        {
            Title = info?.String("title") ?? string.Empty,
            Version = info?.String("version") ?? string.Empty,
            OpenApiVersion = root.String("openapi") ?? string.Empty,
            Description = info?.String("description"),
            Servers = ServerBuilder.Servers(root),
            BasePath = ServerBuilder.BasePath(root),
            Operations = operations,
            SecuritySchemes = SecurityBuilder.Schemes(context, root),
            Webhooks = webhooks,
            Conventions = ConventionsBuilder.Build(context, root, operations),
            Document = root.DeepClone().AsObject(),
            ViewDocument = root,
            Validator = new JsonSchemaValidator(root, new SchemaValidatorOptions { DocumentUri = SchemaDocument.FileUri(diagnostics.Source) }),
        };
        OperationChecks.Run(spec, diagnostics);
        return spec;
    }
}
