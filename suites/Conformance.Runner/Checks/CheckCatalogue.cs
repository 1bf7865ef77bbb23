using System.Reflection;
using System.Text;
using Conformance.Runner.Results;

namespace Conformance.Runner.Checks;

/// <summary>
/// Every check of this assembly, discovered by reflection (public sealed types implementing
/// <see cref="ICheck"/> with a parameterless constructor), ordered by id (ordinal).
/// </summary>
public sealed class CheckCatalogue
{
    private readonly Dictionary<string, ICheck> byId;

    private CheckCatalogue(IReadOnlyList<ICheck> checks)
    {
        All = checks;
        ExchangeChecks = checks.OfType<IExchangeCheck>().ToList();
        byId = checks.ToDictionary(c => c.Id, StringComparer.Ordinal);
    }

    public static CheckCatalogue Default { get; } = Discover(typeof(CheckCatalogue).Assembly);

    public IReadOnlyList<ICheck> All { get; }
    public IReadOnlyList<IExchangeCheck> ExchangeChecks { get; }

    public static CheckCatalogue Discover(Assembly assembly) => new(
        assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && typeof(ICheck).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (ICheck)Activator.CreateInstance(t)!)
            .OrderBy(c => c.Id, StringComparer.Ordinal)
            .ToList());

    public ICheck? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>Typed access to a rule check, e.g. <c>Get&lt;AuthRequiredCheck&gt;()</c>.</summary>
    public T Get<T>()
        where T : ICheck => All.OfType<T>().Single();

    /// <summary>The catalogue as Markdown (the text of <c>docs/checks.md</c>).</summary>
    public string ToMarkdown()
    {
        var text = new StringBuilder()
            .Append("# Check catalogue\n\n")
            .Append("Generated from `CheckCatalogue` (a unit test keeps this file in sync). Ids are stable: reports and\n")
            .Append("provider profiles refer to them. Only `Error` findings make a provider non-conformant; a profile may\n")
            .Append("change a check's severity unless the check is mandatory, and may list expected failures with a reason.\n")
            .Append("Exchange checks run on every request/response of every flow and generated case.\n\n")
            .Append("| Id | Title | Default severity | Mandatory | Kind | Rule |\n")
            .Append("|---|---|---|---|---|---|\n");
        foreach (var check in All)
        {
            text.Append($"| `{check.Id}` | {check.Title} | {check.DefaultSeverity} | {(check.IsMandatory ? "yes" : "no")} | {(check is IExchangeCheck ? "exchange" : "rule")} | {check.SpecReference} |\n");
        }

        return text.ToString();
    }
}
