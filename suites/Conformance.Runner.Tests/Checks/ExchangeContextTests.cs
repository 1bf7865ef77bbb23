using System.Text.Json.Nodes;
using Conformance.Runner.Checks;
using Conformance.Runner.Checks.Finum;
using Conformance.Runner.Engine;
using Conformance.Runner.Results;

namespace Conformance.Runner.Tests.Checks;

/// <summary>The body a context parses itself reads exactly as the engine's parse of the same text.</summary>
public sealed class ExchangeContextTests
{
    private static readonly string[] Bodies =
    [
        """{"id":"K1","n":[1,2.50,{"x":null}]}""", """[{"id":"K1"},"s",3]""", "null", "3.0", "\"text\"", "true",
        "{\"a\":1,\"a\":2}", "{\"a\":", "[1,]", "// no", "   ",
    ];

    [TestCaseSource(nameof(Bodies))]
    public void Json_SelfParsedBody_ReadsAsTheEngineParse(string body)
    {
        var context = CheckTestData.Outbound("getItem", 200, body);
        var (node, error) = ExchangeContext.Parse(body);

        Assert.That(context.Json?.ToJsonString(), Is.EqualTo(node?.ToJsonString()));
        Assert.That(context.Json?.GetValueKind(), Is.EqualTo(node?.GetValueKind()));
        Assert.That(context.JsonError, Is.EqualTo(error));
        Assert.That(context.JsonElement?.GetRawText(), Is.EqualTo(error is null ? body.Trim() : null));
    }

    [Test]
    public void JsonElement_EngineParsedBody_IsNull()
    {
        const string body = """[{"id":"K1"}]""";
        var plain = CheckTestData.Contract("finum", "listClients", 200, body);

        var context = new ExchangeContext(plain.Spec, plain.Operation, plain.Exchange, parsed: ExchangeContext.Parse(body));

        Assert.That(context.JsonElement, Is.Null);
        Assert.That(context.Json, Is.InstanceOf<JsonArray>());
    }

    [Test]
    public void FinumIdList_EngineParsedAndSelfParsed_FindTheSame()
    {
        const string body = """[{"id":"K1"},{"id":"K3"},{"id":7},"x",{"id":"K1"}]""";
        var self = CheckTestData.Contract("finum", "listClients", 200, body, "http://p/finum/v1/client-list?id-list=K1%2CK2");
        var engine = new ExchangeContext(self.Spec, self.Operation, self.Exchange, parsed: ExchangeContext.Parse(body)) { ApiId = "finum" };

        var bySelf = CheckTestData.Run(new IdListAnswerCheck(), self);
        var byEngine = CheckTestData.Run(new IdListAnswerCheck(), engine);

        Assert.That(bySelf.Select(f => (f.Message, f.InstancePointer)), Is.EqualTo(new[]
        {
            ("record 'K3' was not asked for in id-list", "/1/id"),
            ("record 'K1' is served more than once", "/4/id"),
        }));
        Assert.That(byEngine.Select(f => (f.Message, f.InstancePointer)), Is.EqualTo(bySelf.Select(f => (f.Message, f.InstancePointer))));
    }

    [TestCase("""[{"id":"C1","status":"nope"}]""")]
    [TestCase("""[{"id":"C100001","foreignId":"x","status":320,"holderId":"K100001","productId":"P1001","fileIds":[],"createdAt":"2026-01-01T00:00:00Z","updatedAt":"not a date"}]""")]
    [TestCase("""{"not":"an array"}""")]
    public void ResponseSchema_EngineParsedAndSelfParsed_FindTheSame(string body)
    {
        var self = CheckTestData.Contract("finum", "listContracts", 200, body);
        var engine = new ExchangeContext(self.Spec, self.Operation, self.Exchange, parsed: ExchangeContext.Parse(body)) { ApiId = "finum" };

        var bySelf = CheckTestData.Run(new ResponseSchemaConformanceCheck(), self).Select(Describe).ToList();

        Assert.That(bySelf, Is.Not.Empty);
        Assert.That(CheckTestData.Run(new ResponseSchemaConformanceCheck(), engine).Select(Describe), Is.EqualTo(bySelf));
    }

    [Test]
    public void ResponseSchema_ValidFinumListSelfParsed_Passes()
    {
        var context = CheckTestData.Contract("finum", "listContracts", 200,
            """[{"id":"C100001","status":320,"holderId":"K100001","productId":"P1001","fileIds":["F100001"],"createdAt":"2026-01-01T00:00:00Z","updatedAt":"2026-01-02T00:00:00Z"}]""");

        Assert.That(CheckTestData.Run(new ResponseSchemaConformanceCheck(), context), Is.Empty);
        Assert.That(ExchangeChecker.Run(CheckCatalogue.Default, context).Where(f => f.Severity == Severity.Error), Is.Empty);
    }

    private static string Describe(Finding finding) => $"{finding.Message} @ {finding.InstancePointer}";
}
