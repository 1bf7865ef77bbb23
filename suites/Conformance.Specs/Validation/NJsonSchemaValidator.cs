using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Conformance.Specs.Json;
using Conformance.Specs.Loading;
using Conformance.Specs.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema.Validation;

namespace Conformance.Specs.Validation;

/// <summary>
/// <see cref="ISchemaValidator"/> on NJsonSchema 10. A schema is compiled once per document pointer
/// (thread-safe cache); a <see cref="SpecSchema"/> whose node is not the document's node at its
/// pointer is compiled from its own node and cached per node object. Formats <c>date</c>,
/// <c>date-time</c> and <c>uri</c> are checked strictly (see the Strict*FormatValidator types).
/// Valid instances are recognised by <see cref="QuickValidityCheck"/> first; NJsonSchema runs when
/// that check is not sure, and every finding comes from NJsonSchema.
/// </summary>
internal sealed class NJsonSchemaValidator(JsonObject document) : ISchemaValidator
{
    private static readonly JsonSchemaValidatorSettings Settings = CreateSettings();

    /// <summary>No line info per token: findings carry JSON pointers, and the annotations cost an object per token.</summary>
    private static readonly JsonLoadSettings LoadSettings = new() { LineInfoHandling = LineInfoHandling.Ignore };
    private static readonly JsonSchemaValidator Engine = new(Settings);
    private static readonly QuickValidityCheck Quick = new(Settings.FormatValidators);

    private readonly ConcurrentDictionary<string, Lazy<CompiledSchema>> byPointer = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<JsonNode, CompiledSchema> byNode = [];

    /// <summary>
    /// The node is written to UTF-8 and judged by the quick check on a <see cref="System.Text.Json.JsonDocument"/>
    /// (cheaper than building a Newtonsoft tree); only when that is not sure is it converted for NJsonSchema.
    /// </summary>
    public SchemaValidationResult Validate(SpecSchema schema, JsonNode? instance)
    {
        var compiled = Compiled(schema);
        if (compiled.Schema is not null)
        {
            try
            {
                var buffer = new System.Buffers.ArrayBufferWriter<byte>(16 * 1024);
                using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
                {
                    if (instance is null)
                    {
                        writer.WriteNullValue();
                    }
                    else
                    {
                        instance.WriteTo(writer);
                    }
                }

                using var document = System.Text.Json.JsonDocument.Parse(buffer.WrittenMemory, new System.Text.Json.JsonDocumentOptions { MaxDepth = ParseLimits.MaxDepth });
                if (Quick.IsSurelyValid(document.RootElement, compiled.Schema.ActualSchema))
                {
                    return SchemaValidationResult.Valid;
                }
            }
            catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException)
            {
                // Deeper than the quick check reads: NJsonSchema decides below.
            }
        }

        return Validate(schema, JsonNodeConverter.ToToken(instance));
    }

    /// <summary>
    /// Text must be strict JSON (RFC 8259, as System.Text.Json reads it: no comments, single quotes or
    /// trailing content). It is judged by the quick check on a <see cref="System.Text.Json.JsonDocument"/>;
    /// only when that is not sure is it parsed to a Newtonsoft token for NJsonSchema.
    /// </summary>
    public SchemaValidationResult Validate(SpecSchema schema, string json)
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(json, new System.Text.Json.JsonDocumentOptions { MaxDepth = ParseLimits.MaxDepth });
            var compiled = Compiled(schema);
            if (compiled.Schema is not null && Quick.IsSurelyValid(document.RootElement, compiled.Schema.ActualSchema))
            {
                return SchemaValidationResult.Valid;
            }
        }
        catch (System.Text.Json.JsonException ex)
        {
            return NotJson($"The text is not JSON: {ex.Message}", schema);
        }

        JToken token;
        try
        {
            using var reader = new JsonTextReader(new StringReader(json))
            {
                DateParseHandling = DateParseHandling.None,
                FloatParseHandling = FloatParseHandling.Double,
                MaxDepth = ParseLimits.MaxDepth,
            };
            token = JToken.ReadFrom(reader, LoadSettings);
        }
        catch (JsonException ex)
        {
            return NotJson($"The text is not JSON: {ex.Message}", schema);
        }

        return Validate(schema, token);
    }

    /// <summary>Validates an already parsed token (the fastest path).</summary>
    public SchemaValidationResult Validate(SpecSchema schema, JToken instance)
    {
        var compiled = Compiled(schema);
        if (compiled.Schema is null)
        {
            return new SchemaValidationResult([new SchemaFinding(string.Empty, "schema", $"The schema at '{schema.Pointer}' could not be compiled: {compiled.Error}", schema.Pointer)]);
        }

        ICollection<NJsonSchema.Validation.ValidationError> errors;
        try
        {
            if (Quick.IsSurelyValid(instance, compiled.Schema.ActualSchema))
            {
                return SchemaValidationResult.Valid;
            }

            errors = Engine.Validate(instance, compiled.Schema);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or FormatException)
        {
            // e.g. a `pattern` that is not a valid regular expression: the document's fault, reported as data.
            return new SchemaValidationResult([new SchemaFinding(string.Empty, "schema", $"The schema at '{schema.Pointer}' cannot be applied: {ex.Message}", schema.Pointer)]);
        }

        return errors.Count == 0 ? SchemaValidationResult.Valid : new SchemaValidationResult(FindingMapper.Map(errors, instance, compiled));
    }

    private CompiledSchema Compiled(SpecSchema schema)
    {
        var pointer = JsonPointer.Normalize(schema.Pointer);
        if (JsonPointer.TryResolve(document, pointer, out var node) && ReferenceEquals(node, schema.Node))
        {
            return byPointer.GetOrAdd(pointer, p => new Lazy<CompiledSchema>(() => SchemaCompiler.Compile(document, node, p))).Value;
        }

        return byNode.GetValue(schema.Node, n => SchemaCompiler.Compile(document, n, pointer));
    }

    private static SchemaValidationResult NotJson(string message, SpecSchema schema) =>
        new([new SchemaFinding(string.Empty, "json", message, schema.Pointer)]);

    internal static JsonSchemaValidatorSettings CreateSettings()
    {
        var settings = new JsonSchemaValidatorSettings();
        var strict = new NJsonSchema.Validation.FormatValidators.IFormatValidator[]
        {
            new StrictDateFormatValidator(),
            new StrictDateTimeFormatValidator(),
            new StrictUriFormatValidator(),
        };
        settings.FormatValidators = [.. settings.FormatValidators.Where(v => strict.All(s => s.Format != v.Format)), .. strict];
        return settings;
    }
}
