namespace Conformance.Runner.Profiles;

/// <summary>
/// What a provider declares about itself (design §5), loaded from YAML by <c>ProviderProfileLoader</c>.
/// Secrets are never in the profile itself: <see cref="CredentialSource"/> names environment
/// variables or files.
/// </summary>
public sealed record ProviderProfile
{
    public string? Name { get; init; }

    /// <summary>Per API id.</summary>
    public required IReadOnlyDictionary<string, ApiProfile> Apis { get; init; }
}
