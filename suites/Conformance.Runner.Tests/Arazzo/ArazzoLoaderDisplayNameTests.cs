using Conformance.Runner.Arazzo;
using Conformance.Specs;

namespace Conformance.Runner.Tests.Arazzo;

internal sealed class ArazzoLoaderDisplayNameTests
{
    [Test]
    public void DisplayName_ShippedFlowFile_IsNamedFromTheFixturesFolder()
    {
        var file = Directory.GetFiles(Path.Combine(FixturePaths.Require(), "apis", "finum", "flows"), "*.arazzo.yaml").Order(StringComparer.Ordinal).First();

        var name = ArazzoLoader.DisplayName(file);

        Assert.That(name, Is.EqualTo("fixtures/apis/finum/flows/" + Path.GetFileName(file)));
    }

    [Test]
    public void DisplayName_FileOutsideTheFixtures_KeepsItsPath()
    {
        var file = Path.Combine(Path.GetTempPath(), "provider-own.arazzo.yaml");

        Assert.That(ArazzoLoader.DisplayName(file), Is.EqualTo(file));
    }

    [Test]
    public void LoadFile_ShippedFlowFile_ReportsTheFixturesRelativeSource()
    {
        var file = Directory.GetFiles(Path.Combine(FixturePaths.Require(), "apis", "finum", "flows"), "*.arazzo.yaml").Order(StringComparer.Ordinal).First();

        var result = ArazzoLoader.LoadFile(file, spec: null);

        Assert.That(result.Document?.SourceFile, Does.StartWith("fixtures/apis/finum/flows/"));
    }
}
