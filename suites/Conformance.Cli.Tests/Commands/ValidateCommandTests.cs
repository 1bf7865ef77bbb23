using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Cli.Commands;

namespace Conformance.Cli.Tests.Commands;

[TestFixture]
public sealed class ValidateCommandTests
{
    private const string Schema = """
        {"type": "object", "required": ["id"], "properties": {"id": {"type": "string", "format": "uuid"}, "n": {"type": "integer"}}, "additionalProperties": false}
        """;

    private string directory = string.Empty;

    [SetUp]
    public void CreateDirectory() => directory = CliHarness.TempDirectory();

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(directory, recursive: true);

    [Test]
    public async Task Validate_ValidInstanceOfAPlainSchema_ExitsZeroAndSaysValid()
    {
        var outcome = await CliHarness.RunAsync("validate", "--spec", Write("s.json", Schema), Write("ok.json", """{"id": "3fa85f64-5717-4562-b3fc-2c963f66afa6", "n": 1.0}"""));

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Success), outcome.ToString);
        Assert.That(outcome.Output, Does.Contain("ok.json: valid"));
    }

    [Test]
    public async Task Validate_InvalidInstance_ExitsOneWithInstanceAndSchemaPointers()
    {
        var outcome = await CliHarness.RunAsync("validate", "--spec", Write("s.json", Schema), Write("bad.json", """{"id": "3fa85f643fa85f643fa85f643fa85f64", "x": 1}"""));

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.NotConformant), outcome.ToString);
        Assert.That(outcome.Output, Does.Contain("invalid at '#/id' (format, schema '#/properties/id')"));
        Assert.That(outcome.Output, Does.Contain("invalid at '#/x' (additionalProperties, schema '#/additionalProperties')"));
    }

    [TestCase("not json")]
    [TestCase("""{"id": "3fa85f64-5717-4562-b3fc-2c963f66afa6", "id": "3fa85f64-5717-4562-b3fc-2c963f66afa6"}""")]
    public async Task Validate_TextThatCannotBeJudged_IsAFindingOfThatInstance(string text)
    {
        var outcome = await CliHarness.RunAsync("validate", "--spec", Write("s.json", Schema), Write("odd.json", text), Write("ok.json", """{"id": "3fa85f64-5717-4562-b3fc-2c963f66afa6"}"""));

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.NotConformant), outcome.ToString);
        Assert.That(outcome.Output, Does.Contain("odd.json: invalid at '#' (json,"));
        Assert.That(outcome.Output, Does.Contain("ok.json: valid"));
    }

    [Test]
    public async Task Validate_UnknownPointer_ExitsTwo()
    {
        var outcome = await CliHarness.RunAsync("validate", "--api", "finum", "--schema", "#/components/schemas/NoSuchSchema", Write("ok.json", "{}"));

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.UsageError), outcome.ToString);
        Assert.That(outcome.Error, Does.Contain("NoSuchSchema"));
    }

    [Test]
    public async Task Validate_MissingInstanceFile_ExitsTwo()
    {
        var outcome = await CliHarness.RunAsync("validate", "--spec", Write("s.json", Schema), Path.Combine(directory, "absent.json"));

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.UsageError), outcome.ToString);
    }

    [Test]
    public async Task Validate_BothSpecAndApi_ExitsTwo()
    {
        var outcome = await CliHarness.RunAsync("validate", "--spec", Write("s.json", Schema), "--api", "finum", Write("ok.json", "{}"));

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.UsageError), outcome.ToString);
    }

    [Test]
    public async Task Validate_ByOperationAndStatus_UsesTheDocumentedResponseSchema()
    {
        var list = Write("list.json", "[]");
        var notList = Write("object.json", "{}");

        var valid = await CliHarness.RunAsync("validate", "--api", "finum", "--operation", "listContracts", "--status", "200", list);
        var invalid = await CliHarness.RunAsync("validate", "--api", "finum", "--operation", "listContracts", "--status", "200", "--media-type", "application/json", notList);
        var unknown = await CliHarness.RunAsync("validate", "--api", "finum", "--operation", "listContracts", "--status", "299", list);

        Assert.That(valid.ExitCode, Is.EqualTo(ExitCodes.Success), valid.ToString);
        Assert.That(invalid.ExitCode, Is.EqualTo(ExitCodes.NotConformant), invalid.ToString);
        Assert.That(invalid.Output, Does.Contain("(type, schema '#/paths/~1contract-list/get/responses/200/content/application~1json/schema')"));
        Assert.That(unknown.ExitCode, Is.EqualTo(ExitCodes.UsageError), unknown.ToString);
    }

    [Test]
    public async Task Validate_ContractSchemaWithReferences_ReportsTheReferencedSchema()
    {
        var outcome = await CliHarness.RunAsync("validate", "--api", "finum", "--schema", "#/components/schemas/Contract", Write("c.json", """{"id": "C1"}"""));

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.NotConformant), outcome.ToString);
        Assert.That(outcome.Output, Does.Contain("invalid at '#/status' (required, schema '#/components/schemas/Contract')"));
    }

    [Test]
    public async Task Validate_JsonFormat_GivesOneEntryPerInstance()
    {
        var outcome = await CliHarness.RunAsync("validate", "--format", "json", "--spec", Write("s.json", Schema), Write("a.json", """{"id": "3fa85f64-5717-4562-b3fc-2c963f66afa6"}"""), Write("b.json", "{}"));

        using var json = JsonDocument.Parse(outcome.Output);
        var entries = json.RootElement.EnumerateArray().ToList();
        Assert.That(entries.Select(e => e.GetProperty("valid").GetBoolean()), Is.EqualTo(new[] { true, false }));
        var finding = entries[1].GetProperty("findings")[0];
        Assert.That(finding.GetProperty("instancePointer").GetString(), Is.EqualTo("/id"));
        Assert.That(finding.GetProperty("keyword").GetString(), Is.EqualTo("required"));
        Assert.That(finding.GetProperty("schemaPointer").GetString(), Is.EqualTo(string.Empty));
    }

    [Test]
    public async Task Validate_Dash_ReadsStandardInput()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = new RootCommand { ValidateCommand.Create(output, error, new StringReader("""{"n": "x"}""")) };

        var exitCode = await root.Parse(["validate", "--spec", Write("s.json", Schema), "-"]).InvokeAsync();

        Assert.That(exitCode, Is.EqualTo(ExitCodes.NotConformant), () => output + error.ToString());
        Assert.That(output.ToString(), Does.Contain("-: invalid at '#/n' (type,"));
    }

    [Test]
    public async Task Validate_RefMap_ServesRemoteReferencesFromAFolder()
    {
        var remotes = Path.Combine(directory, "remotes");
        Directory.CreateDirectory(remotes);
        await File.WriteAllTextAsync(Path.Combine(remotes, "integer.json"), """{"type": "integer"}""");
        var schema = Write("s.json", """{"$ref": "http://localhost:1234/integer.json"}""");

        var mapped = await CliHarness.RunAsync("validate", "--spec", schema, "--ref-map", $"http://localhost:1234/={remotes}", Write("i.json", "\"a\""));
        var unmapped = await CliHarness.RunAsync("validate", "--spec", schema, Write("j.json", "1"));

        Assert.That(mapped.ExitCode, Is.EqualTo(ExitCodes.NotConformant), mapped.ToString);
        Assert.That(mapped.Output, Does.Contain("(type, schema 'http://localhost:1234/integer.json"));
        Assert.That(unmapped.ExitCode, Is.EqualTo(ExitCodes.UsageError), unmapped.ToString);
    }

    /// <summary>
    /// The official draft 2020-12 required tests as an outside harness runs them: each schema a file
    /// of its own, each instance a file, remotes mapped to their folder.
    /// </summary>
    [Test]
    public async Task Validate_OfficialRequiredSuite_PassesAtLeast99PercentWithNoFalseValid()
    {
        var suite = Path.Combine(CliHarness.RepoRoot(), "suites", "Conformance.Specs.Tests", "TestData", "json-schema-test-suite");
        var (passed, total) = (0, 0);
        var falseValid = new List<string>();
        var falseInvalid = new List<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(suite, "tests", "draft2020-12"), "*.json"))
        {
            var groups = JsonNode.Parse(await File.ReadAllTextAsync(file))!.AsArray();
            foreach (var group in groups)
            {
                var schema = Write("schema.json", group!["schema"]!.ToJsonString());
                var tests = group["tests"]!.AsArray();
                var instances = tests.Select((t, i) => Write($"i{i}.json", t!["data"]?.ToJsonString() ?? "null")).ToList();
                var outcome = await CliHarness.RunAsync(["validate", "--format", "json", "--spec", schema, "--ref-map", $"http://localhost:1234/={Path.Combine(suite, "remotes")}", .. instances]);
                var verdicts = outcome.ExitCode is 0 or 1
                    ? JsonDocument.Parse(outcome.Output).RootElement.EnumerateArray().Select(e => (bool?)e.GetProperty("valid").GetBoolean()).ToList()
                    : [.. tests.Select(_ => (bool?)null)];
                for (var i = 0; i < tests.Count; i++)
                {
                    total++;
                    var expected = tests[i]!["valid"]!.GetValue<bool>();
                    if (verdicts[i] == expected)
                    {
                        passed++;
                    }
                    else
                    {
                        (verdicts[i] == true ? falseValid : falseInvalid).Add($"{Path.GetFileName(file)}: {group["description"]} / {tests[i]!["description"]}");
                    }
                }
            }
        }

        Assert.That(falseValid, Is.Empty, () => string.Join(Environment.NewLine, falseValid));
        Assert.That(passed, Is.GreaterThanOrEqualTo((int)Math.Ceiling(total * 0.99)), $"{passed} of {total} passed; not passing: {string.Join("; ", falseInvalid)}");
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, text);
        return path;
    }
}
