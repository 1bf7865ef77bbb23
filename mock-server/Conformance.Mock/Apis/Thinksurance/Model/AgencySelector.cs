namespace Conformance.Mock.Apis.Thinksurance.Model;

/// <summary>Selects the stored numbers equal in every field it gives (at least one is given).</summary>
public sealed record AgencySelector(string? Number, string? ExternalUniqueId, string? ExternalInsurerId)
{
    public bool Matches(AgencyNumber entry) =>
        (Number is null || Number == entry.Number)
        && (ExternalUniqueId is null || ExternalUniqueId == entry.ExternalUniqueId)
        && (ExternalInsurerId is null || ExternalInsurerId == entry.ExternalInsurerId);
}
