namespace Conformance.Mock.Apis.Thinksurance.Model;

/// <summary>
/// One holder of a delete request: an insurer (null: across every insurer) and its selectors (null:
/// every number of that insurer). <see cref="Path"/> is the holder's place in the request, for errors.
/// </summary>
public sealed record AgencyDeletion(InsurerKey? Insurer, IReadOnlyList<AgencySelector>? Selectors, string Path);
