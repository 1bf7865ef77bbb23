using System.Text.Json.Nodes;
using Conformance.Runner.Arazzo;
using Conformance.Runner.Engine;
using Conformance.Runner.Expressions;

namespace Conformance.Runner.Tests.Engine;

public sealed class CriteriaEvaluatorTests
{
    [TestCase("""{"pets":[{"name":"Rex"}]}""", true)]
    [TestCase("""{"pets":[]}""", true)]
    [TestCase("""{"dogs":[{"name":"Rex"}]}""", false)]
    [TestCase("""[{"pets":[1]}]""", false)]
    public void JsonPath_SpecificationExample_TestsTheContextItself(string body, bool holds)
    {
        // Arazzo 1.0.1 §4.6.15: context $response.body, condition $[?count(@.pets) > 0].
        var criterion = JsonPath("$response.body", "$[?count(@.pets) > 0]");

        Assert.That(CriteriaEvaluator.AllHold([criterion], Scope(body)), Is.EqualTo(holds));
    }

    [TestCase("$[?@.errors[?@.pointer == 'since']]", true)]
    [TestCase("$[?@.errors[?@.pointer == 'until']]", false)]
    [TestCase("$[*].errors[?@.pointer == 'since']", true)]
    [TestCase("$.errors", false)]
    public void JsonPath_ObjectContext_RootHoldsTheContextAsItsOnlyElement(string condition, bool holds)
    {
        var criterion = JsonPath("$response.body", condition);

        Assert.That(CriteriaEvaluator.AllHold([criterion], Scope("""{"errors":[{"pointer":"since"}]}""")), Is.EqualTo(holds));
    }

    [Test]
    public void JsonPath_StringComparisonInFilter_IsExactAsRfc9535Says()
    {
        var criterion = JsonPath("$response.body", "$[?@.kind == 'Proposal']");

        Assert.That(CriteriaEvaluator.AllHold([criterion], Scope("""{"kind":"proposal"}""")), Is.False);
    }

    [Test]
    public void Simple_StringComparison_IsCaseInsensitive()
    {
        Assert.That(Condition.TryParse("$response.body#/kind == 'PROPOSAL'", out var condition, out _), Is.True);
        var criterion = new ArazzoCriterion { ConditionText = condition!.Text, Type = CriterionType.Simple, Simple = condition };

        Assert.That(CriteriaEvaluator.AllHold([criterion], Scope("""{"kind":"proposal"}""")), Is.True);
    }

    [Test]
    public void JsonPath_MissingContext_DoesNotHoldAndSaysWhy()
    {
        var criterion = JsonPath("$response.body#/absent", "$[*]");

        Assert.That(CriteriaEvaluator.Failed([criterion], Scope("{}")), Has.One.Contains("selects nothing"));
    }

    private static ArazzoCriterion JsonPath(string context, string condition)
    {
        Assert.That(RuntimeExpression.TryParse(context, out var expression, out var error), Is.True, error);
        Assert.That(JsonPathQuery.TryParse(condition, out var query, out error), Is.True, error);
        return new ArazzoCriterion { ConditionText = condition, Type = CriterionType.JsonPath, Context = expression, Query = query };
    }

    private static ExpressionScope Scope(string body) => new()
    {
        StatusCode = 200,
        Response = new MessageView { Headers = new Dictionary<string, string>(), Body = JsonNode.Parse(body), BodyText = body },
    };
}
