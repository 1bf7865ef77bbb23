using Conformance.Mock.Apis.Seyna.Http;
using Conformance.Specs;

namespace Conformance.Mock.Tests.Apis.Seyna;

/// <summary>The contract PUT bodies are judged by is loaded once, at the first body, not at start.</summary>
public sealed class SeynaBodyRulesTests
{
    [Test]
    public async Task Contract_Shipped_LoadsOnceOnFirstAsk()
    {
        var rules = new SeynaBodyRules(FixturePaths.SpecFile("seyna"));

        var first = rules.ContractAsync();
        var second = rules.ContractAsync();

        Assert.That(second, Is.SameAs(first), "one load, shared by every PUT");
        Assert.That((await first)?.FindSchema("#/components/schemas/ContractInput"), Is.Not.Null);
    }

    [Test]
    public async Task Contract_NoFile_IsNull()
    {
        var rules = new SeynaBodyRules(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "openapi.yaml"));

        Assert.That(await rules.ContractAsync(), Is.Null);
    }

    [Test]
    public void Contract_DoesNotLoad_FaultsWithTheFileAndTheReason()
    {
        var folder = Directory.CreateTempSubdirectory("seyna-contract-");
        try
        {
            var file = Path.Combine(folder.FullName, "openapi.yaml");
            File.WriteAllText(file, "openapi: 3.1.0\ninfo: {title: \"unclosed\n");
            var rules = new SeynaBodyRules(file);

            var problem = Assert.ThrowsAsync<InvalidOperationException>(() => rules.ContractAsync());

            Assert.That(problem!.Message, Does.Contain(file).And.Contain("does not load"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
