using System.Text.Json.Nodes;
using Conformance.Specs.Model.Conventions;

namespace Conformance.Specs.Tests.Model.Conventions;

public sealed class JsonPointerPatternTests
{
    private static readonly JsonNode Body = JsonNode.Parse("""{"error":[{"httpStatus":"400"},{"httpStatus":"401"}],"data":null,"a/b":1}""")!;

    [TestCase("/error/*/httpStatus", new[] { "\"400\"", "\"401\"" })]
    [TestCase("/error/1/httpStatus", new[] { "\"401\"" })]
    [TestCase("/error/2/httpStatus", new string[0])]
    [TestCase("/a~1b", new[] { "1" })]
    [TestCase("/missing", new string[0])]
    public void Select_Pattern_SelectsMatchingNodes(string pattern, string[] expected)
    {
        Assert.That(JsonPointerPattern.Select(Body, pattern).Select(n => n!.ToJsonString()), Is.EqualTo(expected));
    }

    [Test]
    public void Select_NullMember_CountsAsPresent()
    {
        Assert.That(JsonPointerPattern.Select(Body, "/data").Count(), Is.EqualTo(1));
    }

    [TestCase("*Id", "contractId", true)]
    [TestCase("*Id", "contract", false)]
    [TestCase("id-list", "id-list", true)]
    [TestCase("list*s", "listContracts", true)]
    [TestCase("*", "", true)]
    public void Glob_Matches_StarIsAnyText(string pattern, string text, bool expected)
    {
        Assert.That(Glob.Matches(pattern, text), Is.EqualTo(expected));
    }

    [TestCase("4XX", 404, true)]
    [TestCase("4xx", 499, true)]
    [TestCase("4XX", 500, false)]
    [TestCase("401", 401, true)]
    [TestCase("401", 403, false)]
    public void StatusPatterns_Matches_CodesAndClasses(string pattern, int status, bool expected)
    {
        Assert.That(StatusPatterns.Matches(pattern, status), Is.EqualTo(expected));
    }
}
