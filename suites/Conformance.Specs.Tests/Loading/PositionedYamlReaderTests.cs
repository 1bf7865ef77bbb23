using System.Text.Json.Nodes;
using Conformance.Specs.Loading;

namespace Conformance.Specs.Tests.Loading;

internal sealed class PositionedYamlReaderTests
{
    [Test]
    public void Read_Members_LocatesKeysAndNullValues()
    {
        var document = PositionedYamlReader.Read("a:\n  b: ~\n  c: [x, null]\n", "t.yaml");

        var a = (JsonObject)document.Root!["a"]!;
        Assert.That(a["b"], Is.Null);
        Assert.That(document.PositionOfKey(a, "b"), Is.EqualTo(new SourcePosition(2, 3)));
        Assert.That(document.PositionOfValue(a, "b"), Is.EqualTo(new SourcePosition(2, 6)));
        Assert.That(document.PositionOfItem((JsonArray)a["c"]!, 1), Is.EqualTo(new SourcePosition(3, 10)));
        Assert.That(document.PositionOfValue(a, "missing"), Is.Null);
        Assert.That(document.PositionOfItem((JsonArray)a["c"]!, 2), Is.Null);
    }

    [TestCase("/a/b", 2, 6)]
    [TestCase("/a/c/1", 3, 10)]
    [TestCase("/a/c/5", 3, 6)]
    [TestCase("/a/missing/x", 2, 3)]
    public void LocateValue_NullOrMissingMember_IsLocatedWhereWrittenOrAtItsParent(string pointer, int line, int column)
    {
        var document = PositionedYamlReader.Read("a:\n  b: ~\n  c: [x, null]\n", "t.yaml");

        Assert.That(document.LocateValue(pointer), Is.EqualTo(new SourcePosition(line, column)));
    }

    [Test]
    public void Locate_NullMember_StaysAtItsParent()
    {
        var document = PositionedYamlReader.Read("a:\n  b: ~\n", "t.yaml");

        Assert.That(document.Locate("/a/b"), Is.EqualTo(document.PositionOf(document.Root!["a"])));
    }

    [Test]
    public void Read_MergedMember_IsLocatedAtTheMergeKey()
    {
        var document = PositionedYamlReader.Read("base: &b {x: 1}\nuse:\n  y: 2\n  <<: *b\n", "t.yaml");

        var use = (JsonObject)document.Root!["use"]!;
        Assert.That(use["x"]!.GetValue<long>(), Is.EqualTo(1));
        Assert.That(document.PositionOfKey(use, "x"), Is.EqualTo(new SourcePosition(4, 3)));
        Assert.That(document.PositionOfKey(use, "y"), Is.EqualTo(new SourcePosition(3, 3)));
    }

    [TestCase("")]
    [TestCase("# only a comment\n")]
    public void Read_NoDocument_IsEmptyWithAnError(string text)
    {
        var document = PositionedYamlReader.Read(text, "t.yaml");

        Assert.That((document.IsEmpty, document.Root, document.Error?.Message), Is.EqualTo((true, (JsonNode?)null, "The document is empty.")));
    }

    [TestCase("~\n")]
    [TestCase("a: [\n")]
    public void Read_NullOrBrokenDocument_IsNotEmpty(string text)
    {
        var document = PositionedYamlReader.Read(text, "t.yaml");

        Assert.That(document.IsEmpty, Is.False);
        Assert.That(document.Root, Is.Null);
    }
}
