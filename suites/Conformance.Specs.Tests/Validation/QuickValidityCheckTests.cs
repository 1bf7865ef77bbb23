using Conformance.Specs.Model;
using Conformance.Specs.Validation;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema.Validation;

namespace Conformance.Specs.Tests.Validation;

/// <summary>The quick check may only call an instance valid when NJsonSchema finds no error.</summary>
public sealed class QuickValidityCheckTests
{
    private static readonly JsonSchemaValidatorSettings Settings = NJsonSchemaValidator.CreateSettings();
    private static readonly QuickValidityCheck Quick = new(Settings.FormatValidators);

    private static readonly ApiSpec Spec = TestSpecs.WithSchemas("""
        Thing:
          type: object
          required: [id, tags]
          additionalProperties: false
          patternProperties:
            "^_": {type: string}
          properties:
            id: {type: string, pattern: '^[a-z]+$', maxLength: 5}
            count: {type: integer, minimum: 1, maximum: 9}
            ratio: {type: number, multipleOf: 0.5}
            kind: {type: string, enum: [a, b]}
            when: {type: string, format: date}
            tags: {type: array, uniqueItems: true, minItems: 1, items: {type: string}}
            child: {$ref: '#/components/schemas/Thing'}
            maybe: {type: [string, "null"]}
            any:
              anyOf: [{type: string}, {type: integer}]
            all:
              allOf: [{type: object, required: [a]}, {type: object, required: [b]}]
            one:
              oneOf: [{type: string}, {type: integer}]
        """);

    private static IEnumerable<string> Instances() =>
    [
        """{"id": "abc", "tags": ["x"]}""",
        """{"id": "abc", "tags": ["x"], "_ext": "y", "count": 3, "ratio": 1.5, "kind": "a", "when": "2024-01-31", "maybe": null}""",
        """{"id": "abc", "tags": ["x"], "any": 3, "all": {"a": 1, "b": 2}, "one": "s"}""",
        """{"id": "abc", "tags": ["x"], "child": {"id": "def", "tags": ["y"]}}""",
        """{"id": "ABC", "tags": ["x"]}""",
        """{"id": "abcdef", "tags": ["x"]}""",
        """{"id": "abc", "tags": []}""",
        """{"id": "abc", "tags": ["x", "x"]}""",
        """{"id": "abc", "tags": ["x"], "_ext": 1}""",
        """{"id": "abc", "tags": ["x"], "other": 1}""",
        """{"id": "abc", "tags": ["x"], "count": 0}""",
        """{"id": "abc", "tags": ["x"], "count": 1.5}""",
        """{"id": "abc", "tags": ["x"], "ratio": 0.3}""",
        """{"id": "abc", "tags": ["x"], "kind": "c"}""",
        """{"id": "abc", "tags": ["x"], "when": "2024-02-30"}""",
        """{"id": "abc", "tags": ["x"], "maybe": 1}""",
        """{"id": "abc", "tags": ["x"], "any": true}""",
        """{"id": "abc", "tags": ["x"], "all": {"a": 1}}""",
        """{"id": "abc", "tags": ["x"], "child": {"id": "def"}}""",
        """{"tags": ["x"]}""",
        """[]""",
        "null",
    ];

    [TestCaseSource(nameof(Instances))]
    public void IsSurelyValid_Instance_IsNeverTrueWhenNJsonSchemaFindsErrors(string json)
    {
        var (quick, errors) = Check(json);

        Assert.That(!quick || errors.Count == 0, Is.True, () => $"quick: {quick}; NJsonSchema: {string.Join("; ", errors)}");
    }

    [TestCaseSource(nameof(Instances))]
    public void IsSurelyValid_Element_IsNeverTrueWhenNJsonSchemaFindsErrors(string json)
    {
        var (quick, errors) = CheckElement(json);

        Assert.That(!quick || errors.Count == 0, Is.True, () => $"quick: {quick}; NJsonSchema: {string.Join("; ", errors)}");
    }

    [TestCase("""{"id": "abc", "tags": ["x"]}""")]
    [TestCase("""{"id": "abc", "tags": ["x"], "_ext": "y", "count": 3, "ratio": 1.5, "kind": "a", "when": "2024-01-31", "maybe": null}""")]
    [TestCase("""{"id": "abc", "tags": ["x"], "any": 3, "all": {"a": 1, "b": 2}}""")]
    [TestCase("""{"id": "abc", "tags": ["x"], "child": {"id": "def", "tags": ["y"]}}""")]
    public void IsSurelyValid_ValidInstanceWithoutOneOf_IsRecognised(string json)
    {
        var (quick, errors) = Check(json);
        var (quickElement, _) = CheckElement(json);

        Assert.That(errors, Is.Empty);
        Assert.That((quick, quickElement), Is.EqualTo((true, true)));
    }

    private static (bool Quick, ICollection<ValidationError> Errors) CheckElement(string json)
    {
        var (_, errors) = Check(json);
        var schema = Spec.FindSchema("/components/schemas/Thing")!;
        var compiled = SchemaCompiler.Compile(Spec.Document, schema.Node, schema.Pointer).Schema!;
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return (Quick.IsSurelyValid(document.RootElement, compiled.ActualSchema), errors);
    }

    private static (bool Quick, ICollection<ValidationError> Errors) Check(string json)
    {
        var schema = Spec.FindSchema("/components/schemas/Thing")!;
        var compiled = SchemaCompiler.Compile(Spec.Document, schema.Node, schema.Pointer).Schema!;
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
        var token = JToken.ReadFrom(reader);
        return (Quick.IsSurelyValid(token, compiled.ActualSchema), new JsonSchemaValidator(Settings).Validate(token, compiled));
    }
}
