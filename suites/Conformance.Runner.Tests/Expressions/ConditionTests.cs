using System.Text.Json.Nodes;
using Conformance.Runner.Expressions;
using Conformance.Runner.Tests.Support;

namespace Conformance.Runner.Tests.Expressions;

public sealed class ConditionTests
{
    private static readonly ExpressionScope Scope = new()
    {
        StatusCode = 200,
        Response = new MessageView
        {
            Headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["X-Count"] = "3", ["Content-Type"] = "application/json" },
            Body = JsonNode.Parse("""{"status":130,"name":"it's","ok":true,"none":null,"list":[1,2]}"""),
        },
    };

    [TestCase("$statusCode == 200", true)]
    [TestCase("$statusCode == 201", false)]
    [TestCase("$statusCode != 201", true)]
    [TestCase("$statusCode < 300", true)]
    [TestCase("$statusCode <= 200", true)]
    [TestCase("$statusCode > 200", false)]
    [TestCase("$statusCode >= 200 && $statusCode < 300", true)]
    [TestCase("$statusCode == 404 || $statusCode == 200", true)]
    [TestCase("!($statusCode == 404)", true)]
    [TestCase("!$response.body#/ok", false)]
    [TestCase("$response.body#/status == 130", true)]
    [TestCase("$response.body#/status == 130.0", true)]
    [TestCase("$response.body#/name == 'it''s'", true)]
    [TestCase("$response.body#/name == \"it's\"", true)]
    [TestCase("$response.body#/name == 'IT''S'", true)]
    [TestCase("$response.body#/name != 'IT''S'", false)]
    [TestCase("'Abc' < 'abd'", true)]
    [TestCase("'ABC' >= 'abc'", true)]
    [TestCase("$response.body#/ok == true", true)]
    [TestCase("$response.body#/ok", true)]
    [TestCase("$response.body#/none == null", true)]
    [TestCase("$response.body#/none", false)]
    [TestCase("$response.body#/missing", false)]
    [TestCase("$response.body#/missing == null", false)]
    [TestCase("$response.body#/missing != 1", true)]
    [TestCase("$response.header.X-Count == 3", true)]
    [TestCase("$response.header.X-Count > 2", true)]
    [TestCase("$response.header.content-type == 'application/json'", true)]
    [TestCase("{$statusCode} == 200", true)]
    [TestCase("( $statusCode == 200 ) && ( $response.body#/status == 130 || false )", true)]
    [TestCase("'b' > 'a'", true)]
    [TestCase("$response.body#/list > 1", false)]
    [TestCase("true && false || true", true)]
    [TestCase("true && (false || false)", false)]
    public void IsSatisfied_Condition_GivesExpected(string text, bool expected)
    {
        var ok = Condition.TryParse(text, out var condition, out var error);

        Assert.That(ok, Is.True, error);
        Assert.That(condition!.IsSatisfied(Scope), Is.EqualTo(expected));
    }

    [TestCase("")]
    [TestCase("$statusCode ==")]
    [TestCase("== 200")]
    [TestCase("$statusCode == 200 &&")]
    [TestCase("($statusCode == 200")]
    [TestCase("$statusCode == 200)")]
    [TestCase("$statusCode = 200")]
    [TestCase("$statusCode === 200")]
    [TestCase("$statusCode == 'open")]
    [TestCase("$statuscode == 200")]
    [TestCase("$response.body#x == 1")]
    [TestCase("{$statusCode == 200")]
    [TestCase("status == 200")]
    [TestCase("$statusCode == 200 & true")]
    [TestCase("$statusCode == 200 | true")]
    public void TryParse_Malformed_FailsWithColumn(string text)
    {
        var ok = Condition.TryParse(text, out var condition, out var error);

        Assert.That(ok, Is.False);
        Assert.That(condition, Is.Null);
        Assert.That(error, Does.Contain("column"));
    }

    [Test]
    public void Expressions_ParsedCondition_ListsOperandsInOrder()
    {
        var condition = Parsed.Condition("$statusCode == 200 && $steps.a.outputs.b != $inputs.c");

        Assert.That(condition.Expressions.Select(e => e.Text), Is.EqualTo(new[] { "$statusCode", "$steps.a.outputs.b", "$inputs.c" }));
    }
}
