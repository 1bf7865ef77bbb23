using System.Text.Json;
using Conformance.Runner.Arazzo;
using Conformance.Runner.Tests.Support;
using Conformance.Specs.Loading;

namespace Conformance.Runner.Tests.Arazzo;

public sealed class ArazzoLoaderTests
{
    private const string Valid = """
        arazzo: 1.0.1
        info: {title: Items, version: 1.0.0}
        sourceDescriptions:
          - {name: test, url: ../openapi.yaml, type: openapi}
        components:
          parameters:
            ids: {name: id-list, in: query, value: "a,b"}
        workflows:
          - workflowId: list
            summary: List items
            x-conformance-tags: [sync]
            inputs:
              type: object
              properties:
                runId: {type: string}
            steps:
              - stepId: ids
                operationId: listUpdatedItemIds
                parameters:
                  - {name: since, in: query, value: $inputs.epoch}
                successCriteria:
                  - condition: $statusCode == 200
                  - context: $response.body
                    condition: $[?count(@) > 0]
                    type: jsonpath
                outputs:
                  first: $response.body#/0
              - stepId: items
                operationPath: '{$sourceDescriptions.test.url}#/paths/~1item-list/get'
                parameters:
                  - reference: $components.parameters.ids
                    value: $steps.ids.outputs.first
                successCriteria:
                  - context: $response.header.Content-Type
                    condition: ^application/json
                    type: regex
                onFailure:
                  - {name: again, type: retry, retryAfter: 1, retryLimit: 3}
          - workflowId: second
            dependsOn: [list]
            steps:
              - stepId: one
                workflowId: list
        """;

    [Test]
    public void LoadText_ValidFlow_GivesModelWithoutDiagnostics()
    {
        var result = ArazzoLoader.LoadText(Valid, "items.arazzo.yaml", TestSpec.Create());

        Assert.That(result.Diagnostics, Is.Empty);
        var workflow = result.Document!.Workflows[0];
        Assert.That(workflow.WorkflowId, Is.EqualTo("list"));
        Assert.That(workflow.Tags, Is.EqualTo(new[] { "sync" }));
        Assert.That(workflow.Steps[0].SuccessCriteria.Select(c => c.Type), Is.EqualTo(new[] { CriterionType.Simple, CriterionType.JsonPath }));
        Assert.That(workflow.Steps[1].Parameters[0].Name, Is.EqualTo("id-list"));
        Assert.That(workflow.Steps[1].OnFailure[0], Has.Property(nameof(ArazzoAction.RetryLimit)).EqualTo(3));
        Assert.That(result.Document.Workflows[1].DependsOn, Is.EqualTo(new[] { "list" }));
    }

    [TestCase("operationId: listUpdatedItemIds", "operationId: noSuchOperation", "operationId 'noSuchOperation' is not in the spec", 18)]
    [TestCase("condition: $statusCode == 200", "condition: $statusCode === 200", "condition '$statusCode === 200'", 22)]
    [TestCase("first: $response.body#/0", "first: $response.bodyy#/0", "not a supported runtime expression", 27)]
    [TestCase("- stepId: items", "- description: no id", "'stepId' is required", 28)]
    [TestCase("- stepId: items", "- stepId: ids", "duplicate stepId 'ids'", 28)]
    [TestCase("workflowId: second", "workflowId: list", "duplicate workflowId 'list'", 39)]
    [TestCase("value: $steps.ids.outputs.first", "value: $steps.nope.outputs.first", "unknown step 'nope'", 32)]
    [TestCase("{name: again, type: retry, retryAfter: 1, retryLimit: 3}", "{name: jump, type: goto, stepId: nowhere}", "unknown step 'nowhere'", 38)]
    [TestCase("dependsOn: [list]", "dependsOn: [missing]", "unknown workflow 'missing'", 40)]
    [TestCase("condition: ^application/json", "condition: '^(application'", "not a valid regular expression", 35)]
    [TestCase("condition: $[?count(@) > 0]", "condition: $[?count(@) >]", "JSONPath", 24)]
    [TestCase("arazzo: 1.0.1", "arazzo: 2.0.0", "not supported", 1)]
    [TestCase("reference: $components.parameters.ids", "reference: $components.parameters.nope", "does not name a parameter", 31)]
    [TestCase("operationPath: '{$sourceDescriptions.test.url}#/paths/~1item-list/get'", "operationPath: '{$sourceDescriptions.test.url}#/paths/~1nothing/get'", "does not point to an operation", 29)]
    public void LoadText_BrokenFlow_ReportsLocatedError(string from, string to, string message, int line)
    {
        var text = Valid.Replace(from, to, StringComparison.Ordinal);

        var result = ArazzoLoader.LoadText(text, "items.arazzo.yaml", TestSpec.Create());

        var error = result.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error && d.Message.Contains(message, StringComparison.Ordinal));
        Assert.That(error, Is.Not.Null, string.Join("\n", result.Diagnostics));
        Assert.That(error!.Source, Is.EqualTo("items.arazzo.yaml"));
        Assert.That(error.Line, Is.EqualTo(line), error.ToString());
        Assert.That(result.HasErrors, Is.True);
    }

    [Test]
    public void LoadText_DependsOnCycle_ReportsCycle()
    {
        var text = Valid.Replace("steps:\n      - stepId: ids", "dependsOn: [second]\n    steps:\n      - stepId: ids", StringComparison.Ordinal);

        var result = ArazzoLoader.LoadText(text, "f.yaml", TestSpec.Create());

        Assert.That(result.Diagnostics.Select(d => d.Message), Has.Some.Contains("dependsOn cycle"));
    }

    [Test]
    public void LoadText_StepWithTwoTargets_ReportsError()
    {
        var text = Valid.Replace("operationId: listUpdatedItemIds", "operationId: listUpdatedItemIds\n        workflowId: second", StringComparison.Ordinal);

        var result = ArazzoLoader.LoadText(text, "f.yaml", TestSpec.Create());

        Assert.That(result.Diagnostics.Select(d => d.Message), Has.Some.Contains("exactly one of"));
    }

    [Test]
    public void LoadText_CallbackOperationWithoutAwait_ReportsError()
    {
        var text = Valid.Replace("operationId: listUpdatedItemIds", "operationId: itemChangedCallback", StringComparison.Ordinal);

        var result = ArazzoLoader.LoadText(text, "f.yaml", TestSpec.Create());

        Assert.That(result.Diagnostics.Select(d => d.Message), Has.Some.Contains("x-conformance-await-callback"));
    }

    [TestCase("arazzo: [1")]
    [TestCase("{\"arazzo\": ")]
    [TestCase("")]
    [TestCase("- just\n- a list")]
    [TestCase("arazzo: 1.0.1")]
    public void LoadText_GarbageFile_GivesDiagnosticsNotException(string text)
    {
        var result = ArazzoLoader.LoadText(text, "bad.yaml", null);

        Assert.That(result.HasErrors, Is.True);
        Assert.That(result.Diagnostics, Is.Not.Empty);
    }

    [Test]
    public void LoadText_YamlSyntaxError_HasLineAndColumn()
    {
        var result = ArazzoLoader.LoadText("arazzo: 1.0.1\ninfo: {title: x\n", "bad.yaml", null);

        Assert.That(result.Diagnostics[0].Line, Is.GreaterThanOrEqualTo(2));
        Assert.That(result.Diagnostics[0].Column, Is.Not.Null);
    }

    [Test]
    public void LoadText_MalformedYaml_NamesLineAndColumn()
    {
        var result = ArazzoLoader.LoadText("arazzo: 1.0.1\ninfo: @title\n", "bad.yaml", null);

        var error = result.Diagnostics.Single();
        Assert.That(error.Message, Does.StartWith("Malformed YAML"));
        Assert.That((error.Source, error.Line, error.Column), Is.EqualTo(("bad.yaml", 2, 7)));
    }

    [Test]
    public void LoadText_EmptyStep_IsLocatedWhereItIsWritten()
    {
        var text = Valid.Replace("      - stepId: one\n        workflowId: list", "      - ~", StringComparison.Ordinal);

        var result = ArazzoLoader.LoadText(text, "items.arazzo.yaml", TestSpec.Create());

        var error = result.Diagnostics.Single(d => d.Message.Contains("a step must be an object", StringComparison.Ordinal));
        Assert.That((error.Pointer, error.Line, error.Column), Is.EqualTo(("/workflows/1/steps/0", 42, 9)));
    }

    [Test]
    public void LoadText_AnchorsAliasesAndQuotedScalars_KeepTheirTypes()
    {
        const string parameters = """
                ids: {name: id-list, in: query, value: "a,b"}
                plain: &limit {name: limit, in: query, value: 120}
                quoted: {name: limit, in: query, value: '120'}
                copied: *limit
                merged: {<<: *limit, name: other}
            """;
        var text = Valid.Replace("    ids: {name: id-list, in: query, value: \"a,b\"}", parameters, StringComparison.Ordinal);

        var result = ArazzoLoader.LoadText(text, "items.arazzo.yaml", TestSpec.Create());

        Assert.That(result.Diagnostics, Is.Empty);
        var components = result.Document!.Components.Parameters;
        Assert.That(components.Keys, Is.SupersetOf(new[] { "plain", "quoted", "copied", "merged" }));
        Assert.That(components["plain"].Value!.GetValueKind(), Is.EqualTo(JsonValueKind.Number));
        Assert.That(components["plain"].Value!.GetValue<long>(), Is.EqualTo(120));
        Assert.That(components["quoted"].Value!.GetValueKind(), Is.EqualTo(JsonValueKind.String));
        Assert.That(components["quoted"].Value!.GetValue<string>(), Is.EqualTo("120"));
        Assert.That(components["copied"], Is.EqualTo(components["plain"] with { Value = components["copied"].Value }));
        Assert.That(components["copied"].Value!.GetValueKind(), Is.EqualTo(JsonValueKind.Number));
        Assert.That((components["merged"].Name, components["merged"].Value!.GetValue<long>()), Is.EqualTo(("other", 120L)));
    }

    [Test]
    public void LoadFile_MissingFile_GivesDiagnostic()
    {
        var result = ArazzoLoader.LoadFile("/nonexistent/flows/x.arazzo.yaml", null);

        Assert.That(result.Diagnostics.Single().Message, Does.Contain("does not exist"));
    }

    [Test]
    public void LoadText_JsonFlow_IsRead()
    {
        const string json = """{"arazzo":"1.0.1","info":{"title":"t","version":"1"},"sourceDescriptions":[{"name":"test","url":"x","type":"openapi"}],"workflows":[{"workflowId":"w","steps":[{"stepId":"s","operationId":"getStatus"}]}]}""";

        var result = ArazzoLoader.LoadText(json, "f.arazzo.json", TestSpec.Create());

        Assert.That(result.Diagnostics, Is.Empty);
        Assert.That(result.Document!.Workflows[0].Steps[0].OperationId, Is.EqualTo("getStatus"));
    }
}
