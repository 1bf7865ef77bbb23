using System.Text.Json.Nodes;

namespace Conformance.Mock.Apis.Seyna.Http;

/// <summary>Reading amounts and instants out of stored objects.</summary>
public static class SeynaAmounts
{
    public static decimal Of(JsonNode? guarantees, string name, string component) =>
        guarantees?[name]?[component] is JsonValue value && value.TryGetValue<decimal>(out var amount) ? amount : 0m;

    public static IEnumerable<string> Names(JsonNode? guarantees) => guarantees is JsonObject map ? map.Select(p => p.Key) : [];

    public static DateTimeOffset Instant(JsonObject body, string member) =>
        body[member] is JsonValue value && SeynaDates.TryParse(value.GetValue<string>(), out var instant) ? instant : default;

    public static bool IsNegative(JsonObject receipt) => Names(receipt["guarantees"]).Sum(n => Of(receipt["guarantees"], n, "premium")) < 0;
}
