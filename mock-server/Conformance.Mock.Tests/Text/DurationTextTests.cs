using Conformance.Mock.Text;

namespace Conformance.Mock.Tests.Text;

public sealed class DurationTextTests
{
    [TestCase("5", 5_000)]
    [TestCase("0.5", 500)]
    [TestCase("5s", 5_000)]
    [TestCase("300ms", 300)]
    [TestCase("2m", 120_000)]
    [TestCase("1h", 3_600_000)]
    [TestCase(" 0 ", 0)]
    public void TryParse_NumberWithOptionalUnit_IsThatDuration(string text, double milliseconds)
    {
        Assert.That(DurationText.TryParse(text, out var duration), Is.True);
        Assert.That(duration, Is.EqualTo(TimeSpan.FromMilliseconds(milliseconds)));
    }

    [TestCase("")]
    [TestCase("soon")]
    [TestCase("-1s")]
    [TestCase("5 parsecs")]
    [TestCase("NaN")]
    [TestCase("1e9")]
    public void TryParse_NotADuration_IsFalseAndCheckSaysWhy(string text)
    {
        Assert.That(DurationText.TryParse(text, out _), Is.False);
        Assert.That(DurationText.Check(text), Does.Contain("expects a duration"));
    }
}
