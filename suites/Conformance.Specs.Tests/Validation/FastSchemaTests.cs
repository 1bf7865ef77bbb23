using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Specs.Validation;

namespace Conformance.Specs.Tests.Validation;

/// <summary>The compiled fast check's own seams: required members beyond 64 bits, escaped and long member names, member order.</summary>
public sealed class FastSchemaTests
{
    [TestCase(0)]
    [TestCase(63)]
    [TestCase(64)]
    [TestCase(69)]
    public void IsValid_SeventyRequiredProperties_NeedsEveryOne(int missing)
    {
        var names = Enumerable.Range(0, 70).Select(i => "p" + i.ToString(CultureInfo.InvariantCulture)).ToList();
        var schema = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject(names.Select(n => KeyValuePair.Create(n, (JsonNode?)new JsonObject { ["type"] = "integer" }))),
            ["required"] = new JsonArray([.. names.Select(n => (JsonNode)n)]),
        };
        // Reversed, so members do not come in the schema's order.
        var complete = new JsonObject(names.AsEnumerable().Reverse().Select(n => KeyValuePair.Create(n, (JsonNode?)1)));
        var incomplete = new JsonObject(names.AsEnumerable().Reverse().Where((_, i) => i != 69 - missing).Select(n => KeyValuePair.Create(n, (JsonNode?)1)));

        Assert.That(IsValid(schema, complete.ToJsonString()), Is.True);
        Assert.That(incomplete.ContainsKey(names[missing]), Is.False);
        Assert.That(IsValid(schema, incomplete.ToJsonString()), Is.False);
    }

    [TestCase("""{"a\"b": 1}""", true)]
    [TestCase("""{"a\"b": "x"}""", false)]
    [TestCase("""{"\u0061": "x"}""", false)]
    [TestCase("""{"\u0061": 1, "c": 2}""", false)]
    [TestCase("""{"_x": "anything"}""", true)]
    [TestCase("""{"\u005fx": "anything"}""", true)]
    public void IsValid_EscapedMemberNames_ReadAsTheirValue(string instance, bool expected)
    {
        var schema = JsonNode.Parse("""
            {"type":"object","additionalProperties":false,"patternProperties":{"^_":{}},
             "properties":{"a":{"type":"integer"},"a\"b":{"type":"integer"}}}
            """)!;

        Assert.That(IsValid(schema, instance), Is.EqualTo(expected));
    }

    [Test]
    public void IsValid_LongMemberNames_MatchPatternProperties()
    {
        var schema = JsonNode.Parse("""{"type":"object","additionalProperties":false,"patternProperties":{"^_.*z$":{"type":"string"}}}""")!;
        var name = "_" + new string('é', 300) + "z";

        Assert.That(IsValid(schema, new JsonObject { [name] = "s" }.ToJsonString()), Is.True);
        Assert.That(IsValid(schema, new JsonObject { [name] = 1 }.ToJsonString()), Is.False);
        Assert.That(IsValid(schema, new JsonObject { [name + "!"] = "s" }.ToJsonString()), Is.False);
    }

    [TestCase("""{"b":"x","a":1,"c":true}""", true)]
    [TestCase("""{"c":true,"b":"x","a":1}""", true)]
    [TestCase("""{"c":true,"a":"1"}""", false)]
    [TestCase("""{"c":true}""", false)]
    public void IsValid_MembersInAnyOrder_JudgedByName(string instance, bool expected)
    {
        var schema = JsonNode.Parse("""
            {"type":"object","required":["a","c"],
             "properties":{"a":{"type":"integer"},"b":{"type":"string","maxLength":1},"c":{"type":"boolean"}}}
            """)!;

        Assert.That(IsValid(schema, instance), Is.EqualTo(expected));
    }

    private static bool IsValid(JsonNode schema, string instance)
    {
        using var parsed = JsonDocument.Parse(instance);
        return FastValidity.Create(schema, schema)!.IsValid(parsed.RootElement);
    }
}
