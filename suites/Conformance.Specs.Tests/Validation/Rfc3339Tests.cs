using Conformance.Specs.Validation;

namespace Conformance.Specs.Tests.Validation;

public sealed class Rfc3339Tests
{
    [TestCase("2024-02-29", true)]
    [TestCase("2023-02-29", false)]
    [TestCase("2024-13-01", false)]
    [TestCase("2024-00-10", false)]
    [TestCase("2024-1-01", false)]
    [TestCase("20240101", false)]
    [TestCase("2024-01-01 ", false)]
    public void IsFullDate_Text_FollowsTheGrammar(string text, bool expected)
    {
        Assert.That(Rfc3339.IsFullDate(text), Is.EqualTo(expected));
    }

    [TestCase("2024-01-31T10:00:00Z", true)]
    [TestCase("2024-01-31t10:00:00z", true)]
    [TestCase("2024-01-31T10:00:00.123456+01:00", true)]
    [TestCase("2024-12-31T18:29:60-05:30", true)]
    [TestCase("2024-12-31T23:59:60Z", true)]
    [TestCase("2024-12-31T23:59:60-05:30", false)]
    [TestCase("2024-12-31T22:59:60Z", false)]
    [TestCase("2024-01-31T10:00:00", false)]
    [TestCase("2024-01-31T24:00:00Z", false)]
    [TestCase("2024-01-31T10:00Z", false)]
    [TestCase("2024-01-31T10:00:00.Z", false)]
    [TestCase("2024-01-31T10:00:00+0100", false)]
    [TestCase("2024-01-31 10:00:00Z", false)]
    [TestCase("2024-02-30T10:00:00Z", false)]
    public void IsDateTime_Text_FollowsTheGrammar(string text, bool expected)
    {
        Assert.That(Rfc3339.IsDateTime(text), Is.EqualTo(expected));
    }

    [TestCase("10:00:00Z", true)]
    [TestCase("10:00:00.5+01:00", true)]
    [TestCase("23:59:60Z", true)]
    [TestCase("10:00:00", false)]
    [TestCase("10:00:60Z", false)]
    [TestCase("1:00:00Z", false)]
    [TestCase("10:00:00+24:00", false)]
    public void IsFullTime_Text_RequiresAnOffset(string text, bool expected)
    {
        Assert.That(Rfc3339.IsFullTime(text), Is.EqualTo(expected));
    }
}
