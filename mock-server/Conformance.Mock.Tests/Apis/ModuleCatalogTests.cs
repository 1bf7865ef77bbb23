using Conformance.Mock.Apis;
using Conformance.Specs;

namespace Conformance.Mock.Tests.Apis;

public sealed class ModuleCatalogTests
{
    [Test]
    public void Discover_EveryModule_HasAFixtureFolderAndItsOwnBasePath()
    {
        var modules = ModuleCatalog.Discover();
        var fixtures = FixturePaths.ApiIds();

        Assert.That(modules.Select(m => m.ApiId), Is.SubsetOf(fixtures));
        Assert.That(modules.Select(m => m.BasePath), Is.Unique.And.All.StartsWith("/"));
    }

    [Test]
    public void Discover_EveryFixtureApi_HasAModule()
    {
        var served = ModuleCatalog.Discover().Select(m => m.ApiId).ToHashSet();

        Assert.That(FixturePaths.ApiIds().Where(id => !served.Contains(id)), Is.Empty);
    }

    [Test]
    public void Discover_EveryDefect_IsNamedAfterItsApi()
    {
        foreach (var module in ModuleCatalog.Discover())
        {
            Assert.That(module.Defects.Select(d => d.Name), Is.All.StartsWith(module.ApiId + "."));
        }
    }

    [TestCase("/finum/v1/contract-list", "finum")]
    [TestCase("/finum/v1", "finum")]
    [TestCase("/finum/v10/x", null)]
    [TestCase("/__admin/health", null)]
    public void ForPath_Path_FindsModuleByBasePathPrefix(string path, string? expected)
    {
        Assert.That(ModuleCatalog.ForPath(ModuleCatalog.Discover(), path)?.ApiId, Is.EqualTo(expected));
    }
}
