using Conformance.Specs.Model.Building;

namespace Conformance.Specs.Tests.Model.Conventions;

public sealed class ConventionsDocumentationTests
{
    private static string Docs()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Conformance.sln")))
            {
                return File.ReadAllText(Path.Combine(dir.FullName, "docs", "conventions.md"));
            }
        }

        throw new DirectoryNotFoundException("Conformance.sln not found above the test directory.");
    }

    public static IEnumerable<string> Members() => ConventionsVocabulary.Documented();

    [TestCaseSource(nameof(Members))]
    public void DocsConventions_EveryMemberTheReaderAccepts_IsDocumented(string member) =>
        Assert.That(Docs(), Does.Contain($"`{member}`"));

    [TestCaseSource(typeof(ContractFixtures), nameof(ContractFixtures.ApiIds))]
    public void DocsConventions_EveryContract_HasItsSection(string apiId) =>
        Assert.That(Docs(), Does.Match($@"(?m)^### .* \(`{System.Text.RegularExpressions.Regex.Escape(apiId)}`\)$"));
}
