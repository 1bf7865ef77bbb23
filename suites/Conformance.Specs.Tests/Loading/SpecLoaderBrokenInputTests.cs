using Conformance.Specs.Loading;

namespace Conformance.Specs.Tests.Loading;

/// <summary>Bad documents give diagnostics, never exceptions.</summary>
public sealed class SpecLoaderBrokenInputTests
{
    private const string Minimal = """
        openapi: 3.1.0
        info: {title: t, version: '1'}
        paths: {}
        """;

    private static SpecDiagnostic Single(SpecLoadResult result)
    {
        Assert.That(result.Diagnostics, Has.Count.EqualTo(1), () => string.Join(Environment.NewLine, result.Diagnostics));
        return result.Diagnostics[0];
    }

    [Test]
    public void LoadText_MalformedYaml_ReportsLineAndColumn()
    {
        var result = SpecLoader.LoadText("openapi: 3.1.0\ninfo:\n  title: [unclosed\n  version: 1\n", "bad.yaml");

        var diagnostic = Single(result);
        Assert.That(result.Spec, Is.Null);
        Assert.That(diagnostic.Message, Does.StartWith("Malformed YAML"));
        Assert.That(diagnostic.Line, Is.GreaterThanOrEqualTo(3));
        Assert.That(diagnostic.Column, Is.Not.Null);
    }

    [Test]
    public void LoadText_MalformedJson_ReportsLineAndColumn()
    {
        var result = SpecLoader.LoadText("{\n  \"openapi\": \"3.1.0\",\n  \"info\": {\"title\": \"t\",, }\n}", "bad.json");

        var diagnostic = Single(result);
        Assert.That(diagnostic.Message, Does.StartWith("Malformed JSON"));
        Assert.That((diagnostic.Line, diagnostic.Column), Is.EqualTo((3, 25)));
    }

    [Test]
    public void LoadText_YamlThatThrowsInsideTheScanner_IsADiagnostic()
    {
        var result = SpecLoader.LoadText("a: [1, 2\nb: c: d", "bad.yaml");

        Assert.That(Single(result).Message, Does.StartWith("Malformed YAML"));
    }

    [TestCase("")]
    [TestCase("   \n\n")]
    [TestCase("# only a comment\n")]
    public void LoadText_EmptyDocument_ReportsEmpty(string text)
    {
        var result = SpecLoader.LoadText(text, "empty.yaml");

        Assert.That(Single(result).Message, Is.EqualTo("The document is empty."));
    }

    [TestCase("name: just a map\nitems: [1, 2]\n", "'openapi' field is missing")]
    [TestCase("[1, 2, 3]", "top level is a list")]
    [TestCase("42", "top level is a single number")]
    [TestCase("openapi: 3.1\ninfo: {}\n", "must be a string")]
    [TestCase("openapi: 4.0.0\n", "not supported")]
    public void LoadText_NotOpenApi3_ReportsWhy(string text, string expected)
    {
        var result = SpecLoader.LoadText(text, "x.yaml");

        Assert.That(result.Spec, Is.Null);
        Assert.That(Single(result).Message, Does.Contain(expected));
    }

    [Test]
    public void LoadText_Swagger2_ReportsUnsupported()
    {
        var result = SpecLoader.LoadText("swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n", "v2.yaml");

        var diagnostic = Single(result);
        Assert.That(diagnostic.Message, Does.Contain("2.0").And.Contain("not supported"));
        Assert.That((diagnostic.Pointer, diagnostic.Line), Is.EqualTo(("/swagger", 1)));
    }

    [Test]
    public void LoadText_DanglingReference_NamesTheReferenceAndItsLocation()
    {
        var result = SpecLoader.LoadText(Minimal.Replace("paths: {}", """
            paths:
              /a:
                get:
                  operationId: getA
                  responses:
                    '200':
                      $ref: '#/components/responses/Nope'
            """, StringComparison.Ordinal), "dangling.yaml");

        var diagnostic = Single(result);
        Assert.That(diagnostic.Severity, Is.EqualTo(DiagnosticSeverity.Error));
        Assert.That(diagnostic.Message, Does.Contain("#/components/responses/Nope"));
        Assert.That(diagnostic.Pointer, Is.EqualTo("/paths/~1a/get/responses/200/$ref"));
        Assert.That(diagnostic.Line, Is.EqualTo(9));
    }

    [Test]
    public void LoadText_ExternalReference_IsReported()
    {
        var result = SpecLoader.LoadText(Minimal + "\ncomponents:\n  schemas:\n    A: {$ref: 'other.yaml#/A'}\n", "ext.yaml");

        Assert.That(result.Diagnostics.Select(d => d.Message), Has.Some.Contains("External reference 'other.yaml#/A'"));
    }

    [Test]
    public void LoadText_DuplicateOperationIds_ReportsTheSecond()
    {
        var result = SpecLoader.LoadText(Minimal.Replace("paths: {}", """
            paths:
              /a:
                get: {operationId: same, responses: {'200': {description: ok}}}
                post: {operationId: same, responses: {'200': {description: ok}}}
            """, StringComparison.Ordinal), "dup.yaml");

        var diagnostic = Single(result);
        Assert.That(diagnostic.Message, Does.Contain("'same'").And.Contain("GET /a").And.Contain("POST /a"));
        Assert.That(diagnostic.Pointer, Is.EqualTo("/paths/~1a/post"));
    }

    [Test]
    public void LoadText_OperationWithoutId_IsAWarningAndGetsASyntheticId()
    {
        var result = SpecLoader.LoadText(Minimal.Replace("paths: {}", "paths:\n  /a:\n    get: {responses: {'200': {description: ok}}}", StringComparison.Ordinal), "noid.yaml");

        Assert.That(Single(result).Severity, Is.EqualTo(DiagnosticSeverity.Warning));
        Assert.That(result.Spec!.FindOperation("GET /a"), Is.Not.Null);
    }

    [Test]
    public void LoadText_UndeclaredPathParameter_IsAnError()
    {
        var result = SpecLoader.LoadText(Minimal.Replace("paths: {}", "paths:\n  /a/{id}:\n    get: {operationId: g, responses: {'200': {description: ok}}}", StringComparison.Ordinal), "param.yaml");

        var diagnostic = Single(result);
        Assert.That(diagnostic.Message, Does.Contain("'{id}'").And.Contain("not declared"));
        Assert.That(diagnostic.Line, Is.EqualTo(5));
    }

    [Test]
    public void LoadText_OpenApiReaderError_IsMappedWithLocation()
    {
        var result = SpecLoader.LoadText("openapi: 3.1.0\ninfo:\n  title: t\npaths: {}\n", "noversion.yaml");

        var diagnostic = Single(result);
        Assert.That(diagnostic.Message, Does.Contain("version"));
        Assert.That(diagnostic.Pointer, Is.EqualTo("/info/version"));
        Assert.That(diagnostic.Line, Is.EqualTo(3));
    }

    [Test]
    public void LoadText_DuplicateYamlKey_IsReported()
    {
        var result = SpecLoader.LoadText(Minimal + "\npaths: {}\n", "dupkey.yaml");

        Assert.That(Single(result).Message, Does.Contain("Duplicate key 'paths'"));
    }

    [Test]
    public void LoadText_CallbackSharedByTwoOperations_IsNotADuplicateOperationId()
    {
        var result = SpecLoader.LoadText(Minimal.Replace("paths: {}", """
            paths:
              /a:
                post: {operationId: create, responses: {'201': {description: ok}}, callbacks: {changed: {$ref: '#/components/callbacks/Changed'}}}
                patch: {operationId: update, responses: {'200': {description: ok}}, callbacks: {changed: {$ref: '#/components/callbacks/Changed'}}}
            components:
              callbacks:
                Changed:
                  '{$request.body#/callbackUrl}':
                    post: {operationId: changedCallback, responses: {'204': {description: ok}}}
            """, StringComparison.Ordinal), "shared.yaml");

        Assert.That(result.Diagnostics, Is.Empty, () => string.Join(Environment.NewLine, result.Diagnostics));
        Assert.That(result.Spec!.FindOperation("changedCallback")!.Pointer, Is.EqualTo("/components/callbacks/Changed/{$request.body#~1callbackUrl}/post"));
    }

    [Test]
    public void LoadText_JsonDocument_LoadsClean()
    {
        var result = SpecLoader.LoadText("""{"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {"/a": {"get": {"operationId": "a", "responses": {"200": {"description": "ok"}}}}}}""", "a.json");

        Assert.That(result.IsClean, Is.True, () => string.Join(Environment.NewLine, result.Diagnostics));
        Assert.That(result.Spec!.Operations.Single().OperationId, Is.EqualTo("a"));
    }

    [Test]
    public void LoadText_YamlFlowMappingStartingWithBrace_IsReadAsYaml()
    {
        var result = SpecLoader.LoadText("{openapi: 3.1.0, info: {title: t, version: '1'}, paths: {}}", "flow.yaml");

        Assert.That(result.IsClean, Is.True, () => string.Join(Environment.NewLine, result.Diagnostics));
    }
}
