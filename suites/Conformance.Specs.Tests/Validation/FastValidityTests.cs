using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Specs.Model;
using Conformance.Specs.Validation;

namespace Conformance.Specs.Tests.Validation;

/// <summary>
/// The fast check may only call an instance valid when it is: never on an invalid case of the
/// official suite, never on a mutant of a contract example; and it does serve the contracts' bodies.
/// </summary>
public sealed class FastValidityTests
{
    private static readonly string[] Files =
    [
        .. JsonSchemaTestSuite.RequiredFiles(),
        "optional/format/date.json", "optional/format/date-time.json", "optional/format/time.json", "optional/format/email.json",
        "optional/format/hostname.json", "optional/format/ipv4.json", "optional/format/ipv6.json", "optional/format/uri.json",
        "optional/format/uuid.json", "optional/ecmascript-regex.json", "optional/non-bmp-regex.json",
    ];

    [Test]
    public void FastAnswer_OfficialSuite_NeverCallsAnInvalidInstanceValid()
    {
        var (answered, wrong) = (0, new List<string>());
        foreach (var suiteCase in JsonSchemaTestSuite.Cases(Files))
        {
            // The suite's schema as its own document (its "#/$defs/…" references then mean what the suite means).
            var (_, schema, text) = JsonSchemaTestSuite.Prepare(suiteCase);
            var own = schema.Node.DeepClone();
            (own as JsonObject)?.Remove("$id");
            using var instance = JsonDocument.Parse(text);
            if (FastValidity.Create(own, own) is { } fast && SafeIsValid(fast, instance.RootElement))
            {
                answered++;
                if (!suiteCase.Valid)
                {
                    wrong.Add($"{suiteCase.File}: {suiteCase.Description}");
                }
            }
        }

        Assert.That(wrong, Is.Empty, () => string.Join(Environment.NewLine, wrong));
        Assert.That(answered, Is.GreaterThan(100), "the fast check should answer many suite cases");
    }

    private static bool SafeIsValid(FastValidity fast, JsonElement instance)
    {
        try
        {
            return fast.IsValid(instance);
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    [Test]
    public void FastAnswer_ContractExamplesAndTheirMutants_AgreeWithTheFullValidator()
    {
        var (examples, mutants) = (0, 0);
        foreach (var id in ContractFixtures.ApiIds())
        {
            var spec = ContractFixtures.Load(id).Spec!;
            var validator = (JsonSchemaValidator)spec.Validator;
            foreach (var example in ExampleCatalog.Collect(spec))
            {
                using var instance = JsonDocument.Parse(example.Example.Value?.ToJsonString() ?? "null");
                if (validator.FastAnswer(example.Schema, instance.RootElement) is true)
                {
                    examples++;
                    Assert.That(spec.Validator.Validate(example.Schema, example.Example.Value).IsValid, Is.True, example.Example.Pointer);
                }
            }
        }

        foreach (var data in ExampleMutantTests.MutantCases())
        {
            var (id, pointer, text) = ((string)data.Arguments[0]!, (string)data.Arguments[1]!, (string)data.Arguments[2]!);
            var spec = ContractFixtures.Load(id).Spec!;
            using var instance = JsonDocument.Parse(text);
            var answer = ((JsonSchemaValidator)spec.Validator).FastAnswer(spec.FindSchema(pointer)!, instance.RootElement);
            mutants += answer is null ? 0 : 1;
            Assert.That(answer, Is.Not.True, text);
        }

        Assert.That(examples, Is.GreaterThan(20));
        Assert.That(mutants, Is.GreaterThan(20));
    }

    [Test]
    public void FastAnswer_FinumContractList_IsServedByTheFastCheck()
    {
        var spec = ContractFixtures.Load("finum").Spec!;
        var operation = spec.FindOperation("listContracts")!;
        var media = operation.Responses["200"].Content["application/json"];
        using var instance = JsonDocument.Parse(((JsonArray)media.Examples.First(e => e.Value is JsonArray { Count: > 0 }).Value!).ToJsonString());

        Assert.That(((JsonSchemaValidator)spec.Validator).FastAnswer(media.Schema!, instance.RootElement), Is.True);
    }

    [Test]
    public void IsValid_ContractExamplesAndTheirMutants_AgreesWithValidate()
    {
        var checkedCases = 0;
        foreach (var id in ContractFixtures.ApiIds())
        {
            var spec = ContractFixtures.Load(id).Spec!;
            foreach (var example in ExampleCatalog.Collect(spec))
            {
                using var instance = JsonDocument.Parse(example.Example.Value?.ToJsonString() ?? "null");
                Assert.That(spec.Validator.IsValid(example.Schema, instance.RootElement), Is.EqualTo(spec.Validator.Validate(example.Schema, example.Example.Value).IsValid), example.Example.Pointer);
                checkedCases++;
            }
        }

        foreach (var data in ExampleMutantTests.MutantCases())
        {
            var (id, pointer, text) = ((string)data.Arguments[0]!, (string)data.Arguments[1]!, (string)data.Arguments[2]!);
            var spec = ContractFixtures.Load(id).Spec!;
            using var instance = JsonDocument.Parse(text);
            Assert.That(spec.Validator.IsValid(spec.FindSchema(pointer)!, instance.RootElement), Is.False, text);
            checkedCases++;
        }

        Assert.That(checkedCases, Is.GreaterThan(40));
    }
}
