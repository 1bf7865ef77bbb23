using Conformance.Specs.Model;

namespace Conformance.Specs.Tests.Validation;

/// <summary>One case per JSON Schema keyword our contracts use: a valid and an invalid instance each.</summary>
public sealed class SchemaValidatorKeywordTests
{
    private static readonly ApiSpec Spec = TestSpecs.WithSchemas("""
        Type: {type: integer}
        Nullable: {type: [string, "null"]}
        Date: {type: string, format: date}
        DateTime: {type: string, format: date-time}
        Uri: {type: string, format: uri}
        Email: {type: string, format: email}
        Uuid: {type: string, format: uuid}
        PatternProperties:
          type: object
          patternProperties:
            "^_": {type: string}
        NoAdditional:
          type: object
          properties: {a: {type: string}}
          additionalProperties: false
        AdditionalSchema:
          type: object
          additionalProperties: {type: number}
        OneOf:
          oneOf:
            - {type: string}
            - {type: integer, minimum: 0}
        AnyOf:
          anyOf:
            - {type: string, minLength: 3}
            - {type: boolean}
        AllOf:
          allOf:
            - {type: object, required: [a]}
            - {type: object, required: [b]}
        Enum: {type: string, enum: [A, B]}
        Minimum: {type: number, minimum: 10}
        ExclusiveMinimum: {type: number, exclusiveMinimum: 0}
        Maximum: {type: number, maximum: 10}
        MinLength: {type: string, minLength: 2}
        MaxLength: {type: string, maxLength: 2}
        Pattern: {type: string, pattern: "^[A-Z]{2}[0-9]+$"}
        MinItems: {type: array, minItems: 2}
        MaxItems: {type: array, maxItems: 1}
        UniqueItems: {type: array, uniqueItems: true}
        Required: {type: object, required: [id]}
        Const: {const: fixed}
        Ref: {$ref: '#/components/schemas/Required'}
        ReadOnly:
          type: object
          required: [id]
          properties:
            id: {type: string, readOnly: true}
        WriteOnly:
          type: object
          properties:
            secret: {type: string, writeOnly: true}
          additionalProperties: false
        Examples:
          type: integer
          examples: ["not an integer"]
          example: "also not"
        """);

    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("Type", "12", "\"12\"", "type");
        yield return Case("Nullable", "null", "3", "type");
        yield return Case("Date", "\"2024-02-29\"", "\"2024-02-30\"", "format");
        yield return Case("Date", "\"2024-01-31\"", "\"2024-01-31T10:00:00Z\"", "format");
        yield return Case("Date", "\"2024-01-31\"", "\"2024-1-31\"", "format");
        yield return Case("DateTime", "\"2024-01-31T10:00:00.5+01:00\"", "\"2024-01-31\"", "format");
        yield return Case("Uri", "\"https://example.com/cb?x=1\"", "\"/relative/path\"", "format");
        yield return Case("Email", "\"a@example.com\"", "\"not-an-email\"", "format");
        yield return Case("Uuid", "\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"", "\"3fa85f64\"", "format");
        yield return Case("PatternProperties", """{"_x": "s"}""", """{"_x": 1}""", "type");
        yield return Case("NoAdditional", """{"a": "s"}""", """{"a": "s", "b": 1}""", "additionalProperties");
        yield return Case("AdditionalSchema", """{"x": 1.5}""", """{"x": "1.5"}""", "type");
        yield return Case("OneOf", "5", "-5", "oneOf");
        yield return Case("AnyOf", "true", "\"ab\"", "anyOf");
        yield return Case("AllOf", """{"a": 1, "b": 2}""", """{"a": 1}""", "required");
        yield return Case("Enum", "\"A\"", "\"C\"", "enum");
        yield return Case("Minimum", "10", "9.99", "minimum");
        yield return Case("ExclusiveMinimum", "0.01", "0", "exclusiveMinimum");
        yield return Case("Maximum", "10", "10.01", "maximum");
        yield return Case("MinLength", "\"ab\"", "\"a\"", "minLength");
        yield return Case("MaxLength", "\"ab\"", "\"abc\"", "maxLength");
        yield return Case("Pattern", "\"AB12\"", "\"ab12\"", "pattern");
        yield return Case("MinItems", "[1, 2]", "[1]", "minItems");
        yield return Case("MaxItems", "[1]", "[1, 2]", "maxItems");
        yield return Case("UniqueItems", "[1, 2]", "[1, 1]", "uniqueItems");
        yield return Case("Required", """{"id": 1}""", "{}", "required");
        yield return Case("Const", "\"fixed\"", "\"other\"", "const");
        yield return Case("Ref", """{"id": 1}""", "{}", "required");
    }

    private static TestCaseData Case(string schema, string valid, string invalid, string keyword) =>
        new TestCaseData(schema, valid, invalid, keyword).SetName($"Validate_{schema}_{keyword}({invalid})");

    [TestCaseSource(nameof(Cases))]
    public void Validate_KeywordCase_AcceptsValidAndRejectsInvalid(string schemaName, string valid, string invalid, string keyword)
    {
        var schema = Spec.FindSchema($"#/components/schemas/{schemaName}")!;

        var accepted = Spec.Validator.Validate(schema, valid);
        var rejected = Spec.Validator.Validate(schema, invalid);

        Assert.That(accepted.Findings, Is.Empty, () => string.Join("; ", accepted.Findings));
        Assert.That(rejected.Findings.Select(f => f.Keyword), Does.Contain(keyword), () => string.Join("; ", rejected.Findings));
    }

    [Test]
    public void Validate_ReadOnlyRequiredProperty_IsStillRequiredButNotOtherwiseSpecial()
    {
        var schema = Spec.FindSchema("#/components/schemas/ReadOnly")!;

        Assert.That(Spec.Validator.Validate(schema, """{"id": "x"}""").IsValid, Is.True);
    }

    [Test]
    public void Validate_WriteOnlyProperty_IsAccepted()
    {
        var schema = Spec.FindSchema("#/components/schemas/WriteOnly")!;

        Assert.That(Spec.Validator.Validate(schema, """{"secret": "x"}""").IsValid, Is.True);
    }

    [Test]
    public void Validate_SchemaWithMismatchingExamples_IgnoresExamplesKeyword()
    {
        var schema = Spec.FindSchema("#/components/schemas/Examples")!;

        Assert.That(Spec.Validator.Validate(schema, "7").IsValid, Is.True);
    }
}
