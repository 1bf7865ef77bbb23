using Conformance.Runner.Profiles;

namespace Conformance.Runner.Tests.Profiles;

internal sealed class CredentialResolverTests
{
    private static readonly Dictionary<string, string?> Environment = new() { ["FINUM_PASSWORD"] = "pa55-word-value", ["EMPTY"] = "" };

    private static readonly CredentialResolver Resolver = new(name => Environment.GetValueOrDefault(name));

    [Test]
    public void Resolve_SetVariable_ReturnsItsValue()
    {
        var resolution = Resolver.Resolve("password", new CredentialSource("FINUM_PASSWORD", null));

        Assert.That(resolution.IsResolved, Is.True);
        Assert.That(resolution.Value, Is.EqualTo("pa55-word-value"));
    }

    [TestCase("MISSING")]
    [TestCase("EMPTY")]
    public void Resolve_MissingOrEmptyVariable_NamesTheVariable(string variable)
    {
        var resolution = Resolver.Resolve("password", new CredentialSource(variable, null));

        Assert.That(resolution.IsResolved, Is.False);
        Assert.That(resolution.Error, Is.EqualTo($"Credential 'password': environment variable {variable} is not set or empty."));
    }

    [Test]
    public void Resolve_File_ReturnsItsContentWithoutTrailingNewline()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----\n");

            var resolution = Resolver.Resolve("privateKey", new CredentialSource(null, path));

            Assert.That(resolution.Value, Is.EqualTo("-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Resolve_MissingFile_NamesTheFullPath()
    {
        var resolution = Resolver.Resolve("privateKey", new CredentialSource(null, "/nonexistent/key.pem"));

        Assert.That(resolution.Error, Is.EqualTo("Credential 'privateKey': file /nonexistent/key.pem does not exist."));
    }

    [TestCase("VAR", "file.pem")]
    [TestCase(null, null)]
    public void Resolve_BothOrNeitherSource_ReportsIt(string? variable, string? file)
    {
        var resolution = Resolver.Resolve("key", new CredentialSource(variable, file));

        Assert.That(resolution.Error, Is.EqualTo("Credential 'key' must name exactly one of an environment variable or a file."));
    }
}
