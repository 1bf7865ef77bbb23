using System.Reflection;
using Conformance.Runner.Profiles.Yaml;

namespace Conformance.Runner.Checks;

/// <summary>
/// Every check of this assembly, discovered by reflection (public sealed types implementing
/// <see cref="ICheck"/> with a parameterless constructor), ordered by id (ordinal). Checks that
/// implement <see cref="IApiCheck"/> belong to one API; the others apply to every API.
/// </summary>
public sealed class CheckCatalogue
{
    /// <summary>The group key of the checks that apply to every API.</summary>
    public const string AllApis = "all";

    private readonly Dictionary<string, ICheck> byId;

    private CheckCatalogue(IReadOnlyList<ICheck> checks)
    {
        All = checks;
        ExchangeChecks = checks.OfType<IExchangeCheck>().ToList();
        WorkflowChecks = checks.OfType<IWorkflowCheck>().ToList();
        byId = checks.ToDictionary(c => c.Id, StringComparer.Ordinal);
        Groups = checks.GroupBy(ApiOf)
            .OrderBy(g => g.Key == AllApis ? 0 : 1).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CheckGroup(g.Key, [.. g]))
            .ToList();
    }

    public static CheckCatalogue Default { get; } = Discover(typeof(CheckCatalogue).Assembly);

    public IReadOnlyList<ICheck> All { get; }
    public IReadOnlyList<IExchangeCheck> ExchangeChecks { get; }

    /// <summary>Checks run once on each finished workflow (<see cref="IWorkflowCheck"/>).</summary>
    public IReadOnlyList<IWorkflowCheck> WorkflowChecks { get; }

    /// <summary>The checks by API: those for every API first (<see cref="AllApis"/>), then one group per API id (ordinal).</summary>
    public IReadOnlyList<CheckGroup> Groups { get; }

    public static CheckCatalogue Discover(Assembly assembly) => new(
        assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && typeof(ICheck).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (ICheck)Activator.CreateInstance(t)!)
            .OrderBy(c => c.Id, StringComparer.Ordinal)
            .ToList());

    /// <summary>The API a check belongs to, or <see cref="AllApis"/>.</summary>
    public static string ApiOf(ICheck check) => check is IApiCheck api ? api.ApiId : AllApis;

    /// <summary>True when the check runs on exchanges of the API (an empty id: only the checks for every API).</summary>
    public static bool RunsFor(ICheck check, string apiId) => check is not IApiCheck api || api.ApiId == apiId;

    /// <summary>Finds a check by id, or by a former id it replaced (e.g. <c>problem_details_conformance</c>).</summary>
    public ICheck? Find(string id) => byId.GetValueOrDefault(CheckIds.Canonical(id));

    /// <summary>Typed access to a rule check, e.g. <c>Get&lt;AuthRequiredCheck&gt;()</c>.</summary>
    public T Get<T>()
        where T : ICheck => All.OfType<T>().Single();

    /// <summary>The catalogue as Markdown (the text of <c>docs/checks.md</c>).</summary>
    public string ToMarkdown() => CatalogueMarkdown.Write(this);
}
