using System.Text.Json.Nodes;
using Conformance.Runner.Engine;

namespace Conformance.Runner.Tests.Engine;

public sealed class ParameterSerializerTests
{
    private static readonly JsonNode Array = JsonNode.Parse("""["a","b c","d"]""")!;
    private static readonly JsonNode Object = JsonNode.Parse("""{"R":100,"G":200}""")!;

    [TestCase("form", false, "id-list=a,b%20c,d")]
    [TestCase("form", true, "id-list=a&id-list=b%20c&id-list=d")]
    [TestCase("spaceDelimited", false, "id-list=a%20b%20c%20d")]
    [TestCase("pipeDelimited", false, "id-list=a|b%20c|d")]
    public void Query_Array_FollowsStyle(string style, bool explode, string expected)
    {
        var pairs = ParameterSerializer.Query("id-list", style, explode, Array);

        Assert.That(string.Join("&", pairs), Is.EqualTo(expected));
    }

    [TestCase("form", true, "R=100&G=200")]
    [TestCase("form", false, "color=R,100,G,200")]
    [TestCase("deepObject", true, "color%5BR%5D=100&color%5BG%5D=200")]
    public void Query_Object_FollowsStyle(string style, bool explode, string expected)
    {
        var pairs = ParameterSerializer.Query("color", style, explode, Object);

        Assert.That(string.Join("&", pairs), Is.EqualTo(expected));
    }

    [Test]
    public void Query_Primitive_IsPercentEncoded()
    {
        var pairs = ParameterSerializer.Query("since", "form", true, JsonValue.Create("2026-01-01T00:00:00+01:00"));

        Assert.That(pairs, Is.EqualTo(new[] { "since=2026-01-01T00%3A00%3A00%2B01%3A00" }));
    }

    [TestCase("simple", false, "a,b%20c,d")]
    [TestCase("label", false, ".a,b%20c,d")]
    [TestCase("label", true, ".a.b%20c.d")]
    [TestCase("matrix", false, ";id=a,b%20c,d")]
    [TestCase("matrix", true, ";id=a;id=b%20c;id=d")]
    public void Path_Array_FollowsStyle(string style, bool explode, string expected)
    {
        Assert.That(ParameterSerializer.Path("id", style, explode, Array), Is.EqualTo(expected));
    }

    [TestCase("simple", false, "R,100,G,200")]
    [TestCase("simple", true, "R=100,G=200")]
    [TestCase("matrix", true, ";R=100;G=200")]
    public void Path_Object_FollowsStyle(string style, bool explode, string expected)
    {
        Assert.That(ParameterSerializer.Path("color", style, explode, Object), Is.EqualTo(expected));
    }

    [Test]
    public void Path_PrimitiveWithSlash_IsEncoded()
    {
        Assert.That(ParameterSerializer.Path("fileId", "simple", false, JsonValue.Create("a/b")), Is.EqualTo("a%2Fb"));
    }

    [Test]
    public void Header_Array_IsCommaJoinedWithoutEncoding()
    {
        Assert.That(ParameterSerializer.Header(false, Array), Is.EqualTo("a,b c,d"));
    }

    [Test]
    public void Shape_CommaStringForArraySchema_BecomesArray()
    {
        var shaped = ParameterSerializer.Shape(JsonValue.Create("C1,C2"), JsonNode.Parse("""{"type":"array"}"""));

        Assert.That(string.Join("&", ParameterSerializer.Query("id-list", "form", false, shaped)), Is.EqualTo("id-list=C1,C2"));
    }
}
