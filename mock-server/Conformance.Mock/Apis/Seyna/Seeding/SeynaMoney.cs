using System.Text.Json.Nodes;

namespace Conformance.Mock.Apis.Seyna.Seeding;

/// <summary>Euro amounts with cents (decimal, never binary floating point) and guarantee maps of them.</summary>
public static class SeynaMoney
{
    public static readonly string[] ContractComponents = ["premium", "tax", "discount", "broker_fee", "cost_acquisition"];

    public static decimal Cents(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>A guarantee map: name → component → amount.</summary>
    public static JsonObject Map(IReadOnlyDictionary<string, decimal[]> amounts, string[] components)
    {
        var map = new JsonObject();
        foreach (var (name, values) in amounts)
        {
            var guarantee = new JsonObject();
            for (var i = 0; i < components.Length; i++)
            {
                guarantee[components[i]] = Http.SeynaContent.Normalise(values[i]);
            }

            map[name] = guarantee;
        }

        return map;
    }

    public static Dictionary<string, decimal[]> Apply(IReadOnlyDictionary<string, decimal[]> amounts, Func<decimal, int, decimal> change) =>
        amounts.ToDictionary(p => p.Key, p => p.Value.Select((v, i) => change(v, i)).ToArray(), StringComparer.Ordinal);
}
