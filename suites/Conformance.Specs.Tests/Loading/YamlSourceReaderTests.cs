using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Specs.Loading;

namespace Conformance.Specs.Tests.Loading;

/// <summary>YAML 1.2 core schema typing, keys, anchors and positions.</summary>
public sealed class YamlSourceReaderTests
{
    private static JsonObject Read(string yaml)
    {
        var parsed = YamlSourceReader.Read(yaml, "t.yaml");
        Assert.That(parsed.Error, Is.Null, () => parsed.Error!.ToString());
        return (JsonObject)parsed.Root!;
    }

    [TestCase("true", JsonValueKind.True)]
    [TestCase("False", JsonValueKind.False)]
    [TestCase("null", JsonValueKind.Null)]
    [TestCase("~", JsonValueKind.Null)]
    [TestCase("", JsonValueKind.Null)]
    [TestCase("42", JsonValueKind.Number)]
    [TestCase("-7", JsonValueKind.Number)]
    [TestCase("0x1F", JsonValueKind.Number)]
    [TestCase("0o17", JsonValueKind.Number)]
    [TestCase("3.25", JsonValueKind.Number)]
    [TestCase("1e3", JsonValueKind.Number)]
    [TestCase("yes", JsonValueKind.String)]
    [TestCase("on", JsonValueKind.String)]
    [TestCase("2024-01-31", JsonValueKind.String)]
    [TestCase("3.1.0", JsonValueKind.String)]
    [TestCase(".inf", JsonValueKind.String)]
    [TestCase("'true'", JsonValueKind.String)]
    [TestCase("\"42\"", JsonValueKind.String)]
    [TestCase("!!str 42", JsonValueKind.String)]
    [TestCase("!!int '42'", JsonValueKind.Number)]
    public void Read_Scalar_IsTypedPerCoreSchema(string scalar, JsonValueKind expected)
    {
        var root = Read($"v: {scalar}\n");

        Assert.That(root["v"]?.GetValueKind() ?? JsonValueKind.Null, Is.EqualTo(expected));
    }

    [Test]
    public void Read_Numbers_KeepTheirValues()
    {
        var root = Read("hex: 0x1F\noctal: 0o17\nexact: 0.1\nbig: 123456789012345678901234\n");

        Assert.That(root.ToJsonString(), Is.EqualTo("""{"hex":31,"octal":15,"exact":0.1,"big":123456789012345678901234}"""));
    }

    [Test]
    public void Read_NonStringKeys_BecomeStrings()
    {
        var root = Read("200: ok\ntrue: yes\n1.5: x\nnull: y\n");

        Assert.That(root.Select(p => p.Key), Is.EqualTo(new[] { "200", "true", "1.5", "null" }));
    }

    [Test]
    public void Read_AnchorsAndAliases_AreResolvedAsCopies()
    {
        var root = Read("base: &b {type: string, maxLength: 3}\nuse: *b\n");

        Assert.That(root["use"]!.ToJsonString(), Is.EqualTo("""{"type":"string","maxLength":3}"""));
        Assert.That(ReferenceEquals(root["use"], root["base"]), Is.False);
    }

    [Test]
    public void Read_MergeKey_AddsMissingMembersOnly()
    {
        var root = Read("base: &b {a: 1, b: 2}\nderived:\n  <<: *b\n  b: 3\n");

        Assert.That(root["derived"]!.ToJsonString(), Is.EqualTo("""{"b":3,"a":1}"""));
    }

    [Test]
    public void Read_UnknownAlias_IsRefusedWithLocation()
    {
        var parsed = YamlSourceReader.Read("a: 1\nb: *missing\n", "t.yaml");

        Assert.That(parsed.Error!.Message, Does.Contain("*missing"));
        Assert.That(parsed.Error.Line, Is.EqualTo(2));
    }

    [Test]
    public void Read_TwoDocuments_AreRefused()
    {
        var parsed = YamlSourceReader.Read("a: 1\n---\nb: 2\n", "t.yaml");

        Assert.That(parsed.Error!.Message, Does.Contain("more than one YAML document"));
    }

    [Test]
    public void Read_ComplexKey_IsRefused()
    {
        var parsed = YamlSourceReader.Read("? [a, b]\n: c\n", "t.yaml");

        Assert.That(parsed.Error!.Message, Does.Contain("scalar mapping keys"));
    }

    [Test]
    public void Read_Positions_AreRecordedForNestedNodes()
    {
        var parsed = YamlSourceReader.Read("a:\n  b:\n    - x\n    - {c: 5}\n", "t.yaml");

        var position = parsed.Positions.Locate(parsed.Root, "/a/b/1/c");

        Assert.That(position, Is.EqualTo(new SourcePosition(4, 11)));
    }
}
