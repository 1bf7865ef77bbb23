namespace Conformance.Mock.Apis.SiviAfs.Catalog;

/// <summary>An entity of a structure: the entity types its objects may have and the attributes they may carry.</summary>
public sealed record SiviAfsEntity(string Name, IReadOnlySet<string> EntityTypes, IReadOnlyDictionary<string, SiviAfsAttribute> Attributes);
