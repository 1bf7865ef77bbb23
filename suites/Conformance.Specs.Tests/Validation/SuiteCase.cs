namespace Conformance.Specs.Tests.Validation;

/// <summary>One test of the JSON Schema Test Suite: its file, group and test index, and the expected verdict.</summary>
internal sealed record SuiteCase(string File, int Group, int Test, string Description, bool Valid);
