using Conformance.Specs.Model;

namespace Conformance.Specs.Tests.Model;

public sealed class SpecOperationTests
{
    private static readonly ApiSpec Spec = TestSpecs.Load(SampleSpec.Yaml);

    [TestCase(201, "201")]
    [TestCase(404, "4XX")]
    [TestCase(500, "default")]
    public void FindResponse_Status_PrefersExactThenRangeThenDefault(int status, string expected)
    {
        Assert.That(Spec.FindOperation("createContract")!.FindResponse(status)!.StatusKey, Is.EqualTo(expected));
    }

    [Test]
    public void FindResponse_NoMatchAndNoDefault_IsNull()
    {
        Assert.That(Spec.FindOperation("getContract")!.FindResponse(404), Is.Null);
    }

    [Test]
    public void Parameters_GetEffectiveStyleAndExplode()
    {
        var parameters = Spec.FindOperation("listContracts")!.Parameters.ToDictionary(p => p.Name);

        Assert.That((parameters["id-list"].Style, parameters["id-list"].Explode), Is.EqualTo(("form", false)));
        Assert.That((parameters["holder-id"].Style, parameters["holder-id"].Explode), Is.EqualTo(("form", true)));
        Assert.That((parameters["X-Trace"].In, parameters["X-Trace"].Style, parameters["X-Trace"].Explode), Is.EqualTo((ParameterLocation.Header, "simple", false)));
        Assert.That((parameters["session"].Style, parameters["session"].Explode), Is.EqualTo(("form", true)));
    }

    [Test]
    public void Parameters_PathItemLevel_AreMergedAndOperationLevelWins()
    {
        var inherited = Spec.FindOperation("getContract")!.Parameters.Single();
        var overridden = Spec.FindOperation("deleteContract")!.Parameters.Single();

        Assert.That((inherited.Name, inherited.In, inherited.Required, inherited.Style, inherited.Explode), Is.EqualTo(("id", ParameterLocation.Path, true, "simple", false)));
        Assert.That(inherited.Description, Is.EqualTo("from path item"));
        Assert.That(overridden.Description, Is.EqualTo("from operation"));
    }

    [Test]
    public void RequestBody_Reference_IsResolvedWithSchemaAndExample()
    {
        var body = Spec.FindOperation("createContract")!.RequestBody!;
        var media = body.Content["application/json"];

        Assert.That(body.Required, Is.True);
        Assert.That(media.Schema!.Pointer, Is.EqualTo("/components/schemas/Contract"));
        Assert.That(media.Examples.Single().Pointer, Is.EqualTo("/components/requestBodies/NewContract/content/application~1json/example"));
    }

    [Test]
    public void Response_ReferenceWithHeaderReference_IsResolved()
    {
        var response = Spec.FindOperation("createContract")!.Responses["201"];
        var location = response.Headers["location"];

        Assert.That(response.Description, Is.EqualTo("created"));
        Assert.That(location.Required, Is.True);
        Assert.That(location.Schema!.Pointer, Is.EqualTo("/components/headers/Location/schema"));
    }

    [Test]
    public void Examples_Reference_PointsAtTheComponentValue()
    {
        var example = Spec.FindOperation("listContracts")!.Responses["200"].Content["application/json"].Examples.Single();

        Assert.That((example.Name, example.Pointer), Is.EqualTo(("one", "/components/examples/OneContract/value")));
        Assert.That(example.Value!.ToJsonString(), Is.EqualTo("""[{"id":"c-1"}]"""));
    }

    [Test]
    public void Tags_AndPointer_AreRead()
    {
        var operation = Spec.FindOperation("createContract")!;

        Assert.That(operation.Tags, Is.EqualTo(new[] { "contracts" }));
        Assert.That(operation.Pointer, Is.EqualTo("/paths/~1contract/post"));
    }
}
