namespace Conformance.Runner.Profiles;

public sealed record ApiProfile
{
    /// <summary>Base URL of this API at the provider, e.g. <c>https://sync.example.at/finum/v1</c>.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Named credentials, e.g. <c>privateKey</c>, <c>payload</c>, <c>username</c>, <c>password</c>.</summary>
    public IReadOnlyDictionary<string, CredentialSource> Credentials { get; init; } = new Dictionary<string, CredentialSource>();

    /// <summary>Optional operations (by operationId) the provider implements; others are omitted.</summary>
    public IReadOnlySet<string>? ImplementedOptionalOperations { get; init; }

    /// <summary>Check id → severity override. Mandatory checks cannot be lowered (a configuration error).</summary>
    public IReadOnlyDictionary<string, Results.Severity> SeverityOverrides { get; init; } = new Dictionary<string, Results.Severity>();

    public IReadOnlyList<ExpectedFailure> ExpectedFailures { get; init; } = [];

    /// <summary>Values for workflow inputs, by workflow id then input name (or <c>*</c> for all workflows).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Inputs { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, string>>();
}
