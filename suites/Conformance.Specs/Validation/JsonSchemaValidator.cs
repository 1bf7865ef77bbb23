using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Specs.Json;
using Conformance.Specs.Model;
using Json.Schema;

namespace Conformance.Specs.Validation;

/// <summary>
/// <see cref="ISchemaValidator"/> on JsonSchema.Net: JSON Schema draft 2020-12 keyword by keyword,
/// with <c>format</c> asserted (<see cref="StandardFormats"/>) and ECMA-262 patterns. The document's
/// own JSON is registered once under <see cref="SchemaValidatorOptions.DocumentUri"/>; each schema is
/// built on first use as a reference into it, so <c>$ref</c>, <c>$id</c>, <c>$anchor</c> and
/// <c>$dynamicRef</c> resolve as written, and other documents come only from local files
/// (<see cref="LocalSchemaFetcher"/>). Thread-safe; built schemas are cached per pointer.
/// </summary>
public sealed class JsonSchemaValidator : ISchemaValidator
{
    private static int documents;
    private static int schemas;

    private readonly JsonNode? document;
    private readonly Uri documentUri;
    private readonly BuildOptions buildOptions;
    private readonly SchemaLocations locations;
    private readonly ConcurrentDictionary<string, Lazy<BuiltSchema>> byPointer = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<JsonNode, BuiltSchema> byNode = [];
    private readonly Lock buildLock = new();
    private readonly JsonNode? judged;
    private readonly MetaSchemaDialects metaSchemas;
    private readonly bool isSchemaDocument;
    private bool resourcesBuilt;
    private string? documentError;

    /// <param name="document">An OpenAPI document or a JSON Schema; pointers given to <see cref="Validate(SpecSchema, JsonNode?)"/> are into it.</param>
    /// <param name="options">Where references to other documents may be read from.</param>
    public JsonSchemaValidator(JsonNode? document, SchemaValidatorOptions? options = null)
    {
        options ??= new SchemaValidatorOptions();
        this.document = document;
        judged = OpenApi30Schemas.Applies(document) ? OpenApi30Schemas.Translate(document!) : document;
        documentUri = options.DocumentUri
            ?? new Uri($"urn:conformance:document:{Interlocked.Increment(ref documents).ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        var fetcher = new LocalSchemaFetcher(options.DocumentUri, options.RefMappings);
        var registry = new SchemaRegistry { Fetch = fetcher.Fetch };
        // An OpenAPI document is not a schema: its schemas are reached by pointer. A plain JSON Schema
        // document is built as the schema it is (see BuildResources), so its own $id and embedded
        // resources are registered by the evaluator.
        isSchemaDocument = !(judged is JsonObject root && root.ContainsKey("openapi"));
        if (!isSchemaDocument)
        {
            registry.Register(documentUri, new JsonElementBaseDocument(JsonElements.From(judged), documentUri));
        }

        var dialects = ValidationSettings.CreateDialects();
        metaSchemas = new MetaSchemaDialects(dialects, fetcher);
        buildOptions = new BuildOptions
        {
            SchemaRegistry = registry,
            Dialect = ValidationSettings.Dialect,
            DialectRegistry = dialects,
        };
        fetcher.Options = (root, _) =>
        {
            metaSchemas.RegisterFor(root);
            return buildOptions;
        };
        locations = new SchemaLocations(judged, documentUri);
    }

    public SchemaValidationResult Validate(SpecSchema schema, JsonNode? instance)
    {
        JsonDocument parsed;
        try
        {
            parsed = JsonElements.Parse(instance);
        }
        catch (JsonException ex)
        {
            return NotJson(ex, schema);
        }

        using (parsed)
        {
            return Evaluate(schema, parsed.RootElement);
        }
    }

    public SchemaValidationResult Validate(SpecSchema schema, string json)
    {
        JsonDocument parsed;
        try
        {
            parsed = JsonDocument.Parse(json, JsonElements.Strict);
        }
        catch (JsonException ex)
        {
            return NotJson(ex, schema);
        }

        using (parsed)
        {
            return Evaluate(schema, parsed.RootElement);
        }
    }

    /// <summary>Validates an element already read (no copy is made).</summary>
    public SchemaValidationResult Validate(SpecSchema schema, JsonElement instance) => Evaluate(schema, instance);

    public bool IsValid(SpecSchema schema, JsonElement instance)
    {
        var built = Built(schema);
        if (built.Schema is null)
        {
            return false;
        }

        try
        {
            return FastValid(built, instance) || built.Schema.Evaluate(instance, ValidationSettings.Flag).IsValid;
        }
        catch (Exception ex) when (ex is JsonSchemaException or System.Text.RegularExpressions.RegexMatchTimeoutException or InvalidOperationException or ArgumentException)
        {
            return false;
        }
    }

    private SchemaValidationResult Evaluate(SpecSchema schema, JsonElement instance)
    {
        var built = Built(schema);
        if (built.Schema is null)
        {
            return new SchemaValidationResult([new SchemaFinding(string.Empty, "schema", $"The schema at '{schema.Pointer}' cannot be used: {built.Error}", schema.Pointer)]);
        }

        try
        {
            // The fast check answers most valid instances; the flag output is next cheapest; the list
            // output is only built for an instance that fails.
            if (FastValid(built, instance) || built.Schema.Evaluate(instance, ValidationSettings.Flag).IsValid)
            {
                return SchemaValidationResult.Valid;
            }

            var results = built.Schema.Evaluate(instance, ValidationSettings.List);
            var findings = FindingCollector.Collect(results, instance, judged, locations);
            return new SchemaValidationResult(findings.Count > 0
                ? findings
                : [new SchemaFinding(string.Empty, "schema", "The instance does not match the schema.", schema.Pointer)]);
        }
        catch (Exception ex) when (ex is JsonSchemaException or System.Text.RegularExpressions.RegexMatchTimeoutException or InvalidOperationException or ArgumentException)
        {
            return new SchemaValidationResult([new SchemaFinding(string.Empty, "schema", $"The schema at '{schema.Pointer}' cannot be applied: {ex.Message}", schema.Pointer)]);
        }
    }

    /// <summary>For tests: the fast check's answer (null when the schema is outside its subset).</summary>
    internal bool? FastAnswer(SpecSchema schema, JsonElement instance) =>
        Built(schema) is { Fast: not null } built ? FastValid(built, instance) : null;

    private static bool FastValid(BuiltSchema built, JsonElement instance)
    {
        if (built.Fast is null || built.Schema is null)
        {
            return false;
        }

        try
        {
            return built.Fast.IsValid(instance);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or ArgumentException or System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private BuiltSchema Built(SpecSchema schema)
    {
        var pointer = JsonPointer.Normalize(schema.Pointer);
        if (JsonPointer.TryResolve(document, pointer, out var node) && ReferenceEquals(node, schema.Node))
        {
            return byPointer.GetOrAdd(pointer, p => new Lazy<BuiltSchema>(() =>
                Build(Reference(p)) with { Fast = FastValidity.Create(judged, JsonPointer.Resolve(judged, p)) })).Value;
        }

        return byNode.GetValue(schema.Node, n => Build(JsonElements.From(n)));
    }

    /// <summary>A schema that is only a reference to <paramref name="pointer"/> in the document.</summary>
    private JsonElement Reference(string pointer) =>
        JsonElements.From(new JsonObject { ["$ref"] = locations.ReferenceTo(pointer, documentUri) });

    private BuiltSchema Build(JsonElement root)
    {
        // The registry is shared by every schema of the document; building registers resources in it.
        lock (buildLock)
        {
            BuildResources();
            if (documentError is not null)
            {
                return new BuiltSchema(null, documentError);
            }

            try
            {
                var id = new Uri($"urn:conformance:schema:{Interlocked.Increment(ref schemas).ToString(System.Globalization.CultureInfo.InvariantCulture)}");
                return new BuiltSchema(JsonSchema.Build(root, buildOptions, id), null);
            }
#pragma warning disable CA1031 // A schema that cannot be built is a property of the document, reported as a finding.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                return new BuiltSchema(null, ex.Message);
            }
        }
    }

    /// <summary>Builds each <c>$id</c> resource once, so references by its URI (and into it) resolve.</summary>
    private void BuildResources()
    {
        if (resourcesBuilt)
        {
            return;
        }

        resourcesBuilt = true;
        metaSchemas.RegisterFor(judged);
        if (isSchemaDocument)
        {
            try
            {
                JsonSchema.Build(JsonElements.From(judged), buildOptions, documentUri);
            }
#pragma warning disable CA1031 // Reported for every schema of the document, as a finding.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                documentError = ex.Message;
            }

            return;
        }

        foreach (var (pointer, uri) in locations.OutermostResources)
        {
            try
            {
                JsonSchema.Build(JsonElements.From(JsonPointer.Resolve(judged, pointer)), buildOptions, uri);
            }
#pragma warning disable CA1031 // A resource that cannot be built is reported when a schema that uses it is built.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }
    }

    private static SchemaValidationResult NotJson(JsonException ex, SpecSchema schema) =>
        new([new SchemaFinding(string.Empty, "json", $"The text is not JSON: {ex.Message}", schema.Pointer)]);
}
