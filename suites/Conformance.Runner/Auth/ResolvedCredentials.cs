namespace Conformance.Runner.Auth;

/// <summary>
/// Every credential value of one API, read before the first request (<see cref="CredentialPreparation"/>),
/// with the OAuth2 scopes the profile grants (null: the scheme's declared scopes).
/// </summary>
public sealed record ResolvedCredentials
{
    public static ResolvedCredentials Empty { get; } = new() { Values = new Dictionary<string, string>() };

    /// <summary>Credential name → secret value. Never written anywhere; every value is masked.</summary>
    public required IReadOnlyDictionary<string, string> Values { get; init; }

    public IReadOnlyList<string>? Scopes { get; init; }

    public bool Has(params string[] names) => names.All(Values.ContainsKey);
}
