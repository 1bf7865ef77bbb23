using Conformance.Mock.Apis.SiviAfs.Catalog;

namespace Conformance.Mock.Apis.SiviAfs.Query;

/// <summary>One <c>_sort</c> key: a scalar attribute of the main entity, ascending unless <see cref="Descending"/>.</summary>
public sealed record SiviAfsSortKey(SiviAfsAttribute Attribute, bool Descending);
