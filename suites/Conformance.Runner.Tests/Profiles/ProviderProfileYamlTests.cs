using Conformance.Specs.Loading;

namespace Conformance.Runner.Tests.Profiles;

/// <summary>Profiles as YAML: syntax errors, anchors and merge keys, scalar types, positions.</summary>
internal sealed class ProviderProfileYamlTests
{
    [Test]
    public void Load_SyntaxError_ReportsLineWithoutThrowing()
    {
        var result = ProviderProfileLoaderTests.Load("apis:\n  finum:\n    baseUrl: [unclosed\n");

        Assert.That(result.Profile, Is.Null);
        Assert.That(result.HasErrors, Is.True);
        Assert.That(result.Diagnostics.Single().Line, Is.GreaterThanOrEqualTo(3));
    }

    [Test]
    public void Load_MalformedYaml_NamesLineAndColumn()
    {
        var result = ProviderProfileLoaderTests.Load("apis:\n  finum:\n    baseUrl: @x\n");

        var error = result.Diagnostics.Single();
        Assert.That(result.Profile, Is.Null);
        Assert.That(error.Message, Does.StartWith("Malformed YAML"));
        Assert.That((error.Line, error.Column), Is.EqualTo((3, 14)));
        Assert.That(error.ToString(), Does.StartWith("profile.yaml:3:14: error: Malformed YAML"));
    }

    [Test]
    public void Load_AnchorsAliasesAndMergeKeys_ShareValues()
    {
        var result = ProviderProfileLoaderTests.Load("""
            apis:
              finum:
                inputs:
                  "*": &common { brokerId: B-17, premium: 120 }
                  copied: *common
                  merged: { <<: *common, brokerId: B-18 }
            """);

        Assert.That(result.Diagnostics, Is.Empty, string.Join("\n", result.Diagnostics));
        var inputs = result.Profile!.Apis["finum"].Inputs;
        Assert.That(inputs["copied"], Is.EqualTo(inputs["*"]));
        Assert.That(inputs["merged"], Is.EqualTo(new Dictionary<string, string> { ["brokerId"] = "B-18", ["premium"] = "120" }));
    }

    [Test]
    public void Load_QuotedAndPlainScalars_KeepTheirTypes()
    {
        var result = ProviderProfileLoaderTests.Load("apis:\n  finum:\n    baseUrl: 'null'\n    webhookPath: null\n    inputs:\n      \"*\": { quoted: '120', plain: 120, empty: '' }\n");

        Assert.That(result.Diagnostics.Select(d => (d.Message, d.Line, d.Column)), Is.EqualTo(new[]
        {
            ("baseUrl 'null' is not an absolute http or https URL.", (int?)3, (int?)14),
            ("webhookPath is empty.", 4, 18),
        }));
        Assert.That(result.Profile!.Apis["finum"].Inputs["*"], Is.EqualTo(new Dictionary<string, string> { ["quoted"] = "120", ["plain"] = "120", ["empty"] = string.Empty }));
    }

    [Test]
    public void Load_ErrorInsideAliasedValue_IsLocatedAtTheAlias()
    {
        var result = ProviderProfileLoaderTests.Load("apis:\n  finum:\n    inputs:\n      a: &one { id: 1 }\n  seyna:\n    inputs: { b: { nested: *one } }\n");

        var error = ProviderProfileLoaderTests.SingleError(result);
        Assert.That(error.Message, Is.EqualTo("Input 'nested' must be a text value, not a mapping or list."));
        Assert.That((error.Line, error.Column), Is.EqualTo((6, 28)));
    }

    [Test]
    public void Load_DuplicateKey_ReportsIt()
    {
        var result = ProviderProfileLoaderTests.Load("apis:\n  finum: {}\n  finum: {}\n");

        Assert.That(result.Diagnostics.Single().Message, Is.EqualTo("Duplicate key 'finum'."));
        Assert.That(result.Diagnostics.Single().Line, Is.EqualTo(3));
    }

    [TestCase("")]
    [TestCase("# only a comment\n")]
    public void Load_EmptyFile_ReportsIt(string yaml)
    {
        var result = ProviderProfileLoaderTests.Load(yaml);

        Assert.That(result.Profile, Is.Null);
        Assert.That(result.Diagnostics.Single().Message, Does.Contain("The profile is empty"));
    }
}
