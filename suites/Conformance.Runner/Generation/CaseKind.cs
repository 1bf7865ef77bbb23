namespace Conformance.Runner.Generation;

/// <summary>Kinds of generated cases (the <c>Kind</c> of <see cref="Results.GeneratedCaseResult"/>).</summary>
public static class CaseKind
{
    public const string ValidRequest = "valid_request";
    public const string NegativeData = "negative_data";
    public const string MissingAuth = "missing_auth";
    public const string WrongAuth = "wrong_auth";
    public const string UndocumentedMethod = "undocumented_method";
}
