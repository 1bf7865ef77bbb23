using System.Text.RegularExpressions;
using Conformance.Mock.Seeding;

namespace Conformance.Mock.Faults;

/// <summary>The active faults; the first matching rule (in creation order) applies to a request.</summary>
public sealed class FaultStore(int globalSeed)
{
    private readonly Lock gate = new();
    private readonly List<(FaultRule Rule, Regex Pattern, Random Random)> rules = [];
    private int nextId;

    public bool IsEmpty { get; private set; } = true;

    public FaultRule Add(FaultRule rule)
    {
        lock (gate)
        {
            var stored = rule with { Id = string.IsNullOrEmpty(rule.Id) ? $"fault-{++nextId}" : rule.Id };
            var seed = stored.Seed != 0 ? stored.Seed : StableSeed.For(globalSeed, "admin", "fault", stored.Id);
            var pattern = new Regex("^" + Regex.Escape(stored.Route).Replace("\\*", ".*", StringComparison.Ordinal) + "$",
                RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50));
            rules.Add((stored, pattern, new Random(seed)));
            IsEmpty = false;
            return stored;
        }
    }

    public bool Remove(string id)
    {
        lock (gate)
        {
            var removed = rules.RemoveAll(r => r.Rule.Id == id) > 0;
            IsEmpty = rules.Count == 0;
            return removed;
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            rules.Clear();
            IsEmpty = true;
        }
    }

    public IReadOnlyList<FaultRule> List()
    {
        lock (gate)
        {
            return [.. rules.Select(r => r.Rule)];
        }
    }

    /// <summary>The rule hitting this request, or null.</summary>
    public FaultRule? Match(string method, string path)
    {
        lock (gate)
        {
            foreach (var (rule, pattern, random) in rules)
            {
                if ((rule.Method is null || rule.Method.Equals(method, StringComparison.OrdinalIgnoreCase)) && pattern.IsMatch(path))
                {
                    return rule.Rate >= 1 || random.NextDouble() < rule.Rate ? rule : null;
                }
            }

            return null;
        }
    }
}
