namespace Conformance.Mock.Apis.Thinksurance;

/// <summary>An API user by hash; its secret lives in <c>fixtures/credentials/thinksurance/</c>. Inactive users get the "deactivated" error.</summary>
public sealed record ThinksuranceApiUser
{
    public required string Hash { get; init; }
    public bool Active { get; init; }
}
