namespace Conformance.Runner.Checks;

/// <summary>The checks of one API (<see cref="CheckCatalogue.AllApis"/> for those that apply to every API), ordered by id.</summary>
public sealed record CheckGroup(string ApiId, IReadOnlyList<ICheck> Checks);
