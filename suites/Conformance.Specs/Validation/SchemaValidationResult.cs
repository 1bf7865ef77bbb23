namespace Conformance.Specs.Validation;

public sealed record SchemaValidationResult(IReadOnlyList<SchemaFinding> Findings)
{
    public static SchemaValidationResult Valid { get; } = new([]);

    public bool IsValid => Findings.Count == 0;
}
