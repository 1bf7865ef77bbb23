namespace Conformance.Mock.Apis.SiviAfs.Query;

/// <summary>
/// A parsed <c>_fields</c>: whole entities and single attributes per entity, either kept
/// (<see cref="Negative"/> false) or dropped.
/// </summary>
public sealed record SiviAfsProjection(bool Negative, IReadOnlySet<string> Entities, IReadOnlyDictionary<string, IReadOnlySet<string>> Attributes);
