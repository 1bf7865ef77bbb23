namespace Conformance.Specs.Tests.Model;

public sealed class BasePathTests
{
    private static string BasePathOf(string servers) =>
        TestSpecs.Load($"openapi: 3.1.0\ninfo: {{title: t, version: '1'}}\n{servers}paths: {{}}\n").BasePath;

    [TestCase("servers: [{url: 'https://api.example.com/finum/v1'}]\n", "/finum/v1")]
    [TestCase("servers: [{url: /seyna/v2/}]\n", "/seyna/v2")]
    [TestCase("servers: [{url: thinksurance}]\n", "/thinksurance")]
    [TestCase("servers: [{url: 'http://localhost:8080'}]\n", "")]
    [TestCase("servers: [{url: /}]\n", "")]
    [TestCase("", "")]
    [TestCase("servers: [{url: '/{api}/v1', variables: {api: {default: sivi-afs}}}]\n", "/sivi-afs/v1")]
    public void BasePath_FirstServerUrl_GivesItsPath(string servers, string expected)
    {
        Assert.That(BasePathOf(servers), Is.EqualTo(expected));
    }
}
