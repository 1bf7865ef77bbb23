namespace Conformance.Specs.Tests.Validation;

/// <summary>
/// Every required draft 2020-12 test of the official JSON Schema Test Suite, plus the optional tests
/// of the formats we assert and of ECMA-262 patterns: one NUnit case per suite test. Known deviations
/// are listed in <see cref="KnownDeviations"/> (and in docs/validation.md) and are ignored, not hidden.
/// </summary>
public sealed class JsonSchemaTestSuiteTests
{
    private static readonly string[] OptionalFiles =
    [
        "optional/format/date.json",
        "optional/format/date-time.json",
        "optional/format/time.json",
        "optional/format/email.json",
        "optional/format/hostname.json",
        "optional/format/ipv4.json",
        "optional/format/ipv6.json",
        "optional/format/uri.json",
        "optional/format/uuid.json",
        "optional/ecmascript-regex.json",
        "optional/non-bmp-regex.json",
        "optional/bignum.json",
    ];

    private const string FormatAsserted = "format is asserted by design (a provider must send real dates, URIs, UUIDs); the suite's default treats it as an annotation";
    private const string Float = "the evaluator compares numbers beyond decimal's range as doubles, which cannot tell 1e308 from 1e308 + a tiny fraction";

    /// <summary>(file, group description / test description) of the cases that do not pass, with why.</summary>
    private static readonly Dictionary<(string File, string Description), string> KnownDeviations = new()
    {
        [("format.json", "date format / invalid date string is only an annotation by default")] = FormatAsserted,
        [("format.json", "date-time format / invalid date-time string is only an annotation by default")] = FormatAsserted,
        [("format.json", "email format / invalid email string is only an annotation by default")] = FormatAsserted,
        [("format.json", "hostname format / invalid hostname string is only an annotation by default")] = FormatAsserted,
        [("format.json", "ipv4 format / invalid ipv4 string is only an annotation by default")] = FormatAsserted,
        [("format.json", "ipv6 format / invalid ipv6 string is only an annotation by default")] = FormatAsserted,
        [("format.json", "time format / invalid time string is only an annotation by default")] = FormatAsserted,
        [("format.json", "uri format / invalid uri string is only an annotation by default")] = FormatAsserted,
        [("format.json", "uuid format / invalid uuid string is only an annotation by default")] = FormatAsserted,
        [("optional/bignum.json", "float comparison with high precision / comparison works for high numbers")] = Float,
        [("optional/bignum.json", "float comparison with high precision on negative numbers / comparison works for very negative numbers")] = Float,
    };

    private static IEnumerable<TestCaseData> Required() => Data(JsonSchemaTestSuite.RequiredFiles());

    private static IEnumerable<TestCaseData> Optional() => Data(OptionalFiles);

    private static IEnumerable<TestCaseData> Data(IEnumerable<string> files)
    {
        foreach (var suiteCase in JsonSchemaTestSuite.Cases(files))
        {
            var data = new TestCaseData(suiteCase).SetName($"{suiteCase.File}: {suiteCase.Description} ({suiteCase.Group}.{suiteCase.Test})");
            yield return KnownDeviations.TryGetValue((suiteCase.File, suiteCase.Description), out var why) ? data.Ignore(why) : data;
        }
    }

    [TestCaseSource(nameof(Required))]
    public void Validate_RequiredSuiteCase_MatchesTheExpectedVerdict(object suiteCase) => Check((SuiteCase)suiteCase);

    [TestCaseSource(nameof(Optional))]
    public void Validate_OptionalSuiteCase_MatchesTheExpectedVerdict(object suiteCase) => Check((SuiteCase)suiteCase);

    private static void Check(SuiteCase suiteCase)
    {
        var findings = JsonSchemaTestSuite.Judge(suiteCase);

        Assert.That(findings.Count == 0, Is.EqualTo(suiteCase.Valid), () => $"expected {(suiteCase.Valid ? "valid" : "invalid")}; findings: {string.Join("; ", findings)}");
    }
}
