using Conformance.Specs.Model;

namespace Conformance.Specs.Tests.Validation;

/// <summary>In OpenAPI 3.1 (JSON Schema 2020-12) keywords beside a <c>$ref</c> apply too, as does a one-branch <c>allOf</c>.</summary>
public sealed class RefSiblingKeywordTests
{
    private static readonly ApiSpec Spec = TestSpecs.WithSchemas("""
        Text: {type: string}
        Obj: {type: object, properties: {a: {type: string}}}
        List: {type: array}
        Num: {type: number}
        MaxLength: {$ref: '#/components/schemas/Text', maxLength: 3}
        Pattern: {$ref: '#/components/schemas/Text', pattern: '^[A-Z]+$'}
        Format: {$ref: '#/components/schemas/Text', format: date}
        Minimum: {$ref: '#/components/schemas/Num', minimum: 10}
        Required: {$ref: '#/components/schemas/Obj', required: [a]}
        Closed: {$ref: '#/components/schemas/Obj', unevaluatedProperties: false}
        Additional: {$ref: '#/components/schemas/Obj', additionalProperties: false}
        MaxItems: {$ref: '#/components/schemas/List', maxItems: 1}
        AllOfOne: {allOf: [{$ref: '#/components/schemas/Text'}], maxLength: 3}
        """);

    [TestCase("MaxLength", "\"abc\"", "\"abcd\"", "maxLength")]
    [TestCase("Pattern", "\"AB\"", "\"ab\"", "pattern")]
    [TestCase("Format", "\"2024-02-29\"", "\"2024-02-30\"", "format")]
    [TestCase("Minimum", "10", "9", "minimum")]
    [TestCase("Required", """{"a": "x"}""", "{}", "required")]
    [TestCase("Closed", """{"a": "x"}""", """{"a": "x", "b": 1}""", "unevaluatedProperties")]

    // additionalProperties sees only the properties beside it (none here), so "a" is additional too.
    [TestCase("Additional", "{}", """{"a": "x"}""", "additionalProperties")]
    [TestCase("MaxItems", "[1]", "[1, 2]", "maxItems")]
    [TestCase("AllOfOne", "\"abc\"", "\"abcd\"", "maxLength")]
    public void Validate_KeywordBesideRef_IsEnforced(string name, string valid, string invalid, string keyword)
    {
        var schema = Spec.FindSchema($"#/components/schemas/{name}")!;

        var accepted = Spec.Validator.Validate(schema, valid);
        var rejected = Spec.Validator.Validate(schema, invalid);

        Assert.That(accepted.Findings, Is.Empty, () => string.Join("; ", accepted.Findings));
        Assert.That(rejected.Findings.Select(f => f.Keyword), Is.EqualTo(new[] { keyword }), () => string.Join("; ", rejected.Findings));
    }
}
