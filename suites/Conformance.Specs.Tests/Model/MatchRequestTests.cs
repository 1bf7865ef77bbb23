using Conformance.Specs.Model;

namespace Conformance.Specs.Tests.Model;

public sealed class MatchRequestTests
{
    private static readonly ApiSpec Spec = TestSpecs.Load(SampleSpec.Yaml);

    [TestCase("/sample/v1/contract/42")]
    [TestCase("/contract/42")]
    [TestCase("/contract/42/")]
    public void MatchRequest_WithOrWithoutBasePathOrTrailingSlash_FindsTheOperation(string path)
    {
        var match = Spec.MatchRequest("GET", path)!;

        Assert.That(match.Operation!.OperationId, Is.EqualTo("getContract"));
        Assert.That(match.PathParameters["id"], Is.EqualTo("42"));
    }

    [Test]
    public void MatchRequest_LiteralSegment_WinsOverTemplate()
    {
        Assert.That(Spec.MatchRequest("GET", "/contract/search")!.Operation!.OperationId, Is.EqualTo("searchContracts"));
    }

    [Test]
    public void MatchRequest_MethodOnlyOnTheTemplatedPath_FallsBackToIt()
    {
        var match = Spec.MatchRequest("DELETE", "/contract/search")!;

        Assert.That(match.Operation!.OperationId, Is.EqualTo("deleteContract"));
        Assert.That(match.PathParameters["id"], Is.EqualTo("search"));
    }

    [Test]
    public void MatchRequest_PercentEncodedSegment_IsDecoded()
    {
        var match = Spec.MatchRequest("GET", "/contract/a%2Fb%20c")!;

        Assert.That(match.PathParameters["id"], Is.EqualTo("a/b c"));
    }

    [Test]
    public void MatchRequest_MixedSegment_ExtractsTheParameter()
    {
        var match = Spec.MatchRequest("GET", "/sample/v1/file/f-9.pdf")!;

        Assert.That((match.PathTemplate, match.PathParameters["fileId"]), Is.EqualTo(("/file/{fileId}.pdf", "f-9")));
    }

    [Test]
    public void MatchRequest_UndocumentedMethod_GivesAllowedMethods()
    {
        var match = Spec.MatchRequest("PATCH", "/contract")!;

        Assert.That(match.Operation, Is.Null);
        Assert.That(match.PathTemplate, Is.EqualTo("/contract"));
        Assert.That(match.AllowedMethods, Is.EqualTo(new[] { "GET", "POST" }));
    }

    [TestCase("/nothing")]
    [TestCase("/contract/1/2")]
    [TestCase("/contract//")]
    public void MatchRequest_UnknownPath_IsNull(string path)
    {
        Assert.That(Spec.MatchRequest("GET", path), Is.Null);
    }

    [Test]
    public void MatchRequest_MethodCase_IsIgnored()
    {
        Assert.That(Spec.MatchRequest("post", "/contract")!.Operation!.OperationId, Is.EqualTo("createContract"));
    }
}
