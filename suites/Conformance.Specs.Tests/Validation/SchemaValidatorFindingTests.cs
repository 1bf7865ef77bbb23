using System.Text.Json.Nodes;
using Conformance.Specs.Model;

namespace Conformance.Specs.Tests.Validation;

public sealed class SchemaValidatorFindingTests
{
    private static readonly ApiSpec Spec = TestSpecs.WithSchemas("""
        Contracts:
          type: array
          items: {$ref: '#/components/schemas/Contract'}
        Contract:
          type: object
          required: [id, premium]
          properties:
            id: {type: string}
            premium: {$ref: '#/components/schemas/Money'}
            "odd.name": {type: array, items: {type: integer}}
            parent: {$ref: '#/components/schemas/Contract'}
        Money:
          type: object
          required: [amount, currency]
          properties:
            amount: {type: number}
            currency: {type: string}
        """);

    private static SpecSchema Contracts => Spec.FindSchema("/components/schemas/Contracts")!;

    [Test]
    public void Validate_MissingNestedProperty_GivesInstancePointerKeywordAndSchemaPointer()
    {
        var result = Spec.Validator.Validate(Contracts, """[{"id": "1", "premium": {"amount": 1, "currency": "EUR"}}, {"id": "2", "premium": {"currency": "EUR"}}]""");

        Assert.That(result.Findings, Has.Count.EqualTo(1));
        var finding = result.Findings[0];
        Assert.That(finding.InstancePointer, Is.EqualTo("/1/premium/amount"));
        Assert.That(finding.Keyword, Is.EqualTo("required"));
        Assert.That(finding.SchemaPointer, Is.EqualTo("/components/schemas/Money"));
        Assert.That(finding.Message, Does.Contain("amount"));
    }

    [Test]
    public void Validate_PropertyNameWithDot_IsEscapedCorrectlyInThePointer()
    {
        var result = Spec.Validator.Validate(Contracts, """[{"id": "1", "premium": {"amount": 1, "currency": "EUR"}, "odd.name": [1, "x"]}]""");

        Assert.That(result.Findings.Select(f => f.InstancePointer), Is.EqualTo(new[] { "/0/odd.name/1" }));
        Assert.That(result.Findings[0].SchemaPointer, Is.EqualTo("/components/schemas/Contract/properties/odd.name/items"));
    }

    [Test]
    public void Validate_RecursiveReference_ValidatesEachLevel()
    {
        var result = Spec.Validator.Validate(Contracts, """[{"id": "1", "premium": {"amount": 1, "currency": "EUR"}, "parent": {"id": 5, "premium": {"amount": 1, "currency": "EUR"}}}]""");

        Assert.That(result.Findings.Select(f => (f.InstancePointer, f.Keyword)), Is.EqualTo(new[] { ("/0/parent/id", "type") }));
    }

    [Test]
    public void Validate_TextThatIsNotJson_GivesOneJsonFindingAtTheRoot()
    {
        var result = Spec.Validator.Validate(Contracts, "<html>oops</html>");

        Assert.That(result.Findings.Select(f => (f.InstancePointer, f.Keyword)), Is.EqualTo(new[] { (string.Empty, "json") }));
    }

    [Test]
    public void Validate_TrailingGarbageAfterJson_GivesJsonFinding()
    {
        var result = Spec.Validator.Validate(Contracts, "[] []");

        Assert.That(result.Findings.Select(f => f.Keyword), Is.EqualTo(new[] { "json" }));
    }

    [Test]
    public void Validate_JsonNodeInstance_GivesSameFindingsAsText()
    {
        const string json = """[{"id": 1, "premium": {"amount": "1", "currency": "EUR"}}]""";

        var fromText = Spec.Validator.Validate(Contracts, json);
        var fromNode = Spec.Validator.Validate(Contracts, JsonNode.Parse(json));

        Assert.That(fromNode.Findings, Is.EqualTo(fromText.Findings));
        Assert.That(fromText.Findings, Has.Count.EqualTo(2));
    }

    [Test]
    public void Validate_DateLikeStringInstance_IsNotTurnedIntoADate()
    {
        var spec = TestSpecs.WithSchemas("S: {type: string, pattern: '^2024-01-31T10:00:00Z$'}");

        var result = spec.Validator.Validate(spec.FindSchema("/components/schemas/S")!, "\"2024-01-31T10:00:00Z\"");

        Assert.That(result.IsValid, Is.True, () => string.Join("; ", result.Findings));
    }

    [Test]
    public void Validate_ConcurrentCallsOnAColdSchema_AllAgree()
    {
        var spec = TestSpecs.WithSchemas("S: {type: object, required: [a]}");
        var schema = spec.FindSchema("/components/schemas/S")!;

        var counts = Enumerable.Range(0, 64).AsParallel().Select(_ => spec.Validator.Validate(schema, "{}").Findings.Count).ToList();

        Assert.That(counts, Is.All.EqualTo(1));
    }

    [Test]
    public void Validate_SchemaWithInvalidPattern_GivesASchemaFindingInsteadOfThrowing()
    {
        var spec = TestSpecs.WithSchemas("S: {type: string, pattern: '[unclosed'}");

        var result = spec.Validator.Validate(spec.FindSchema("/components/schemas/S")!, "\"x\"");

        Assert.That(result.Findings.Select(f => f.Keyword), Is.EqualTo(new[] { "schema" }));
    }

    [Test]
    public void Validate_HandMadeSchemaNotInTheDocument_IsCompiledFromItsNode()
    {
        var schema = new SpecSchema("/nowhere", JsonNode.Parse("""{"type": "object", "required": ["a"]}""")!);

        var result = Spec.Validator.Validate(schema, "{}");

        Assert.That(result.Findings.Select(f => f.Keyword), Is.EqualTo(new[] { "required" }));
    }

    [Test]
    public void Validate_OpenApi30Nullable_AcceptsNullOnlyWhenSet()
    {
        var spec = TestSpecs.Load("""
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths: {}
            components:
              schemas:
                Maybe: {type: string, nullable: true}
                Never: {type: string}
            """);

        Assert.That(spec.Validator.Validate(spec.FindSchema("/components/schemas/Maybe")!, "null").IsValid, Is.True);
        Assert.That(spec.Validator.Validate(spec.FindSchema("/components/schemas/Never")!, "null").IsValid, Is.False);
    }

    [TestCase("{'id': '1'}")]
    [TestCase("[] // comment")]
    [TestCase("[NaN]")]
    public void Validate_TextThatIsNotStrictJson_GivesAJsonFinding(string text)
    {
        var result = Spec.Validator.Validate(Contracts, text);

        Assert.That(result.Findings.Select(f => f.Keyword), Is.EqualTo(new[] { "json" }));
    }
}
