using System.Text.Json.Nodes;
using Conformance.Runner.Expressions;
using Conformance.Runner.Tests.Support;

namespace Conformance.Runner.Tests.Expressions;

public sealed class JsonPathQueryTests
{
    private static readonly JsonNode Document = JsonNode.Parse("""
        {"store":{"book":[
          {"category":"ref","author":"Rees","price":8.95,"tags":["a"]},
          {"category":"fiction","author":"Waugh","price":12.99},
          {"category":"fiction","author":"Melville","price":8.99,"isbn":"0-553"},
          {"category":"fiction","author":"Tolkien","price":22.99,"isbn":"0-395"}],
         "bicycle":{"color":"red","price":399}},
         "ids":["C1","C2"],"empty":[],"weird key":1}
        """)!;

    [TestCase("$", 1)]
    [TestCase("$.store.book", 1)]
    [TestCase("$.store.book[*]", 4)]
    [TestCase("$.store.book[0].author", 1)]
    [TestCase("$.store.book[-1].author", 1)]
    [TestCase("$.store.book[9]", 0)]
    [TestCase("$.store.book[0:2]", 2)]
    [TestCase("$.store.book[:1]", 1)]
    [TestCase("$.store.book[0,2]", 2)]
    [TestCase("$['store']['bicycle']['color']", 1)]
    [TestCase("$[\"weird key\"]", 1)]
    [TestCase("$..author", 4)]
    [TestCase("$..price", 5)]
    [TestCase("$.store.*", 2)]
    [TestCase("$..book[?@.isbn]", 2)]
    [TestCase("$..book[?(@.isbn)]", 2)]
    [TestCase("$..book[?!@.isbn]", 2)]
    [TestCase("$.store.book[?(@.price < 10)]", 2)]
    [TestCase("$.store.book[?(@.price < 10 && @.category == 'fiction')]", 1)]
    [TestCase("$.store.book[?(@.price > 20 || @.category == 'ref')]", 2)]
    [TestCase("$.store.book[?(@.author == \"Tolkien\")].isbn", 1)]
    [TestCase("$.store.book[?@.price == $.store.bicycle.price]", 0)]
    [TestCase("$.store.book[?length(@.tags) == 1]", 1)]
    [TestCase("$.store.book[?length(@.author) == 5]", 1)]
    [TestCase("$[?count(@.book) > 0]", 1)]
    [TestCase("$[?count(@.id) > 0]", 0)]
    [TestCase("$.ids[?(@ == 'C2')]", 1)]
    [TestCase("$.empty[*]", 0)]
    [TestCase("$.missing.deeper", 0)]
    public void Select_Query_SelectsExpectedCount(string query, int count)
    {
        var ok = JsonPathQuery.TryParse(query, out var compiled, out var error);

        Assert.That(ok, Is.True, error);
        Assert.That(compiled!.Select(Document), Has.Count.EqualTo(count));
    }

    [Test]
    public void Select_Descendants_KeepDocumentOrder()
    {
        var query = Parsed.Query("$..author");

        var authors = query.Select(Document).Select(JsonValues.ToText);

        Assert.That(authors, Is.EqualTo(new[] { "Rees", "Waugh", "Melville", "Tolkien" }));
    }

    [TestCase("")]
    [TestCase("store")]
    [TestCase("$.")]
    [TestCase("$[")]
    [TestCase("$[?(@.a == )]")]
    [TestCase("$[?(@.a == 1]")]
    [TestCase("$['open]")]
    [TestCase("$[?unknown(@.a)]")]
    [TestCase("$[x]")]
    [TestCase("$.a b")]
    public void TryParse_Malformed_Fails(string query)
    {
        var ok = JsonPathQuery.TryParse(query, out var compiled, out var error);

        Assert.That(ok, Is.False);
        Assert.That(compiled, Is.Null);
        Assert.That(error, Does.Contain("JSONPath"));
    }
}
