using Conformance.Runner.Checks;
using Conformance.Specs;

namespace Conformance.Runner.Tests.Checks;

public sealed class CheckCatalogueTests
{
    [Test]
    public void Groups_EveryApiFirstThenApisInOrder_CoverEveryCheckOnce()
    {
        var groups = CheckCatalogue.Default.Groups;

        Assert.Multiple(() =>
        {
            Assert.That(groups[0].ApiId, Is.EqualTo(CheckCatalogue.AllApis));
            Assert.That(groups.Skip(1).Select(g => g.ApiId), Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
            Assert.That(groups.SelectMany(g => g.Checks), Is.EquivalentTo(CheckCatalogue.Default.All));
        });
    }

    [Test]
    public void ApiChecks_LiveInTheirApisFolderAndNameAContractApi()
    {
        var apis = FixturePaths.ApiIds();
        foreach (var check in CheckCatalogue.Default.All.OfType<IApiCheck>())
        {
            var folder = string.Concat(check.ApiId.Split('-').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
            Assert.That(check.GetType().Namespace, Is.EqualTo($"Conformance.Runner.Checks.{folder}"), check.Id);
            Assert.That(apis, Does.Contain(check.ApiId), check.Id);
        }
    }

    [Test]
    public void GenericChecks_LiveInTheChecksFolder() =>
        Assert.That(CheckCatalogue.Default.All.Where(c => c is not IApiCheck).Select(c => c.GetType().Namespace).Distinct(), Is.EqualTo(new[] { "Conformance.Runner.Checks" }));

    [Test]
    public void Find_FormerId_FindsTheCheckThatReplacedIt() =>
        Assert.That(CheckCatalogue.Default.Find("problem_details_conformance"), Is.InstanceOf<ErrorBodyConformanceCheck>());
}
