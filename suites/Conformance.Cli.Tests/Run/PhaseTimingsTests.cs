using Conformance.Cli.Run;

namespace Conformance.Cli.Tests.Run;

[TestFixture]
public sealed class PhaseTimingsTests
{
    [TestCase("1", true)]
    [TestCase("true", true)]
    [TestCase(" TRUE ", true)]
    [TestCase("0", false)]
    [TestCase("", false)]
    [TestCase(null, false)]
    public void IsOn_EnvironmentValue_OnlyOneOrTrue(string? value, bool expected) =>
        Assert.That(PhaseTimings.IsOn(value), Is.EqualTo(expected));

    [Test]
    public void WriteTo_Disabled_WritesNothing()
    {
        var timings = new PhaseTimings(TimeSpan.FromMilliseconds(40));
        timings.EndPhase("loaded", timings.Created);
        using var writer = new StringWriter();

        timings.WriteTo(writer);

        Assert.That(writer.ToString(), Is.Empty);
    }

    [Test]
    public void WriteTo_Enabled_ListsRuntimeStartFirstThenPhasesByStartWithTheTotal()
    {
        var timings = new PhaseTimings(TimeSpan.FromMilliseconds(40), enabled: true);
        var early = timings.Now;
        timings.Measure("inner", () => 0);
        timings.EndPhase("outer", early);
        using var writer = new StringWriter();

        timings.WriteTo(writer);

        var lines = writer.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(timings.Phases.Select(p => p.Name), Is.EqualTo(new[] { "runtime start (process start to Main)", "outer", "inner" }));
            Assert.That(timings.Phases[0].Duration, Is.EqualTo(TimeSpan.FromMilliseconds(40)));
            Assert.That(timings.Phases[1].Start, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(40)));
            Assert.That(lines[2], Does.Match(@"^  runtime start \(process start to Main\) +0 +40$"));
            Assert.That(lines[^1], Does.Match(@"^  total +\d+$"));
        });
    }

    [Test]
    public void Measure_ActionThrows_StillRecordsThePhase()
    {
        var timings = new PhaseTimings();

        Assert.Throws<InvalidOperationException>(() => timings.Measure<int>("failing", () => throw new InvalidOperationException("boom")));
        Assert.That(timings.Phases.Select(p => p.Name), Is.EqualTo(new[] { "failing" }));
    }
}
