namespace Conformance.Runner.Reporting.JUnit;

/// <summary>One <c>&lt;testsuite&gt;</c>: a flow, the generated cases of an API, or an API's own findings.</summary>
internal sealed record JUnitSuite(
    string Name,
    string Package,
    string HostName,
    TimeSpan Time,
    IReadOnlyList<KeyValuePair<string, string>> Properties,
    IReadOnlyList<JUnitCase> Cases);
