namespace Conformance.Mock.Apis.Thinksurance;

/// <summary>How broker ids look, e.g. <c>B{index:000}</c>.</summary>
public sealed record ThinksuranceBrokerIds
{
    public required string BExternalIdFormat { get; init; }
}
