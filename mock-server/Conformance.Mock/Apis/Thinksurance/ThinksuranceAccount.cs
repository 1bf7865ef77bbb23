namespace Conformance.Mock.Apis.Thinksurance;

/// <summary>The fixed tenant: its tag (sent as <c>accountReference</c> in webhooks) and account token.</summary>
public sealed record ThinksuranceAccount
{
    public required string Tag { get; init; }
    public required string AToken { get; init; }
}
