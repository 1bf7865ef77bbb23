using System.Text.Json.Nodes;
using Conformance.Specs.Json;
using Conformance.Specs.Loading;
using Conformance.Specs.Model;
using Conformance.Specs.Validation;

namespace Conformance.Specs.Tests.Validation;

/// <summary>
/// The official JSON Schema Test Suite copy under <c>TestData/json-schema-test-suite</c>: its cases,
/// and each case judged the way the runner judges a body (the schema wrapped in an OpenAPI 3.1
/// document as <c>#/components/schemas/S</c>, loaded by the spec loader, remotes served from disk).
/// </summary>
internal static class JsonSchemaTestSuite
{
    public const string SchemaPointer = "/components/schemas/S";

    /// <summary>Where <c>http://localhost:1234/</c> documents are read from.</summary>
    public static Uri RemoteBase { get; } = new("http://localhost:1234/");

    public static string Folder { get; } = Locate();

    public static string Remotes => Path.Combine(Folder, "remotes");

    /// <summary>Every case of the given files (relative to <c>tests/draft2020-12</c>) as (file, group, test, description, valid).</summary>
    public static IEnumerable<SuiteCase> Cases(IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            var groups = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "tests", "draft2020-12", file)))!.AsArray();
            for (var g = 0; g < groups.Count; g++)
            {
                var tests = groups[g]!["tests"]!.AsArray();
                for (var t = 0; t < tests.Count; t++)
                {
                    yield return new SuiteCase(file, g, t, $"{groups[g]!["description"]} / {tests[t]!["description"]}", tests[t]!["valid"]!.GetValue<bool>());
                }
            }
        }
    }

    public static IEnumerable<string> RequiredFiles() =>
        Directory.GetFiles(Path.Combine(Folder, "tests", "draft2020-12"), "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    /// <summary>Judges one case; returns the findings (empty when the instance is valid).</summary>
    public static IReadOnlyList<SchemaFinding> Judge(SuiteCase suiteCase)
    {
        var (validator, schema, instance) = Prepare(suiteCase);
        return validator.Validate(schema, instance).Findings;
    }

    /// <summary>The validator, the wrapped schema and the instance text of one case.</summary>
    public static (JsonSchemaValidator Validator, SpecSchema Schema, string Instance) Prepare(SuiteCase suiteCase)
    {
        var group = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "tests", "draft2020-12", suiteCase.File)))!.AsArray()[suiteCase.Group]!;
        var instance = group["tests"]![suiteCase.Test]!["data"];
        var path = Path.Combine(Folder, "suite.json");
        var schemaNode = group["schema"]!.DeepClone();

        // In OpenAPI a "#" reference without an $id names the OpenAPI document; the suite means the
        // schema, so the schema becomes a resource of its own (at the document's own location).
        if (schemaNode is JsonObject resource && !resource.ContainsKey("$id"))
        {
            resource.Insert(0, "$id", new Uri(Path.Combine(Folder, "S.json")).AbsoluteUri);
        }

        var wrapped = new JsonObject
        {
            ["openapi"] = "3.1.0",
            ["info"] = new JsonObject { ["title"] = "suite", ["version"] = "1" },
            ["paths"] = new JsonObject(),
            ["components"] = new JsonObject { ["schemas"] = new JsonObject { ["S"] = schemaNode } },
        };

        var loaded = SpecLoader.LoadText(wrapped.ToJsonString(), path);
        Assert.That(loaded.Spec, Is.Not.Null, () => string.Join(Environment.NewLine, loaded.Diagnostics));
        var document = loaded.Spec!.Document;
        var validator = new JsonSchemaValidator(document, new SchemaValidatorOptions
        {
            DocumentUri = new Uri(path),
            RefMappings = [new RefMapping(RemoteBase, Remotes)],
        });
        var schema = new SpecSchema(SchemaPointer, JsonPointer.Resolve(document, SchemaPointer)!);
        return (validator, schema, instance?.ToJsonString() ?? "null");
    }

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "suites", "Conformance.Specs.Tests", "TestData", "json-schema-test-suite");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("TestData/json-schema-test-suite not found above " + AppContext.BaseDirectory);
    }
}
