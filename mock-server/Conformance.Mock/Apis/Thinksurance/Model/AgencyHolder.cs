namespace Conformance.Mock.Apis.Thinksurance.Model;

/// <summary>The agency numbers at one insurer, in stored (or request) order.</summary>
public sealed record AgencyHolder(InsurerKey Insurer, IReadOnlyList<AgencyNumber> Numbers);
