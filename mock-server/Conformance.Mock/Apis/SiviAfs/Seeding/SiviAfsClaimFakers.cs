using System.Globalization;
using System.Text.Json.Nodes;
using Bogus;

namespace Conformance.Mock.Apis.SiviAfs.Seeding;

/// <summary>Claim datasets: the claim, the policy reference, the claimant (the policy's holder) and the incident.</summary>
public static class SiviAfsClaimFakers
{
    private static readonly string[] Causes = ["AANR", "STORM", "BRAND", "INBR", "WATER", "GLAS"];
    private static readonly string[] Descriptions =
        ["Aanrijding op kruispunt", "Stormschade aan dak", "Brand in keuken", "Inbraak via achterdeur", "Waterschade door lekkage", "Ruitschade door steenslag"];

    public static JsonObject Body(Randomizer random, string id, JsonObject policyBody, DateOnly firstVersion)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(policyBody);
        var policy = (JsonObject)policyBody["policy"]![0]!;
        var holder = (JsonObject)policyBody["party"]![0]!;
        var cause = random.Number(0, Causes.Length - 1);
        var loss = firstVersion.AddDays(-random.Number(0, 20));
        var claim = new JsonObject
        {
            ["entityType"] = "default",
            ["refKey"] = id,
            ["claimNumberCarrier"] = id,
            ["dateOfLoss"] = loss.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["damageReported"] = random.ArrayElement(new[] { "1", "2", "3" }),
            ["totalLossAmount"] = Math.Round((decimal)random.Number(15_000, 1_250_000) / 100m, 2),
            ["useExpert"] = random.Double() < 0.3,
            ["description"] = Descriptions[cause],
        };
        var claimant = (JsonObject)holder.DeepClone();
        claimant["entityType"] = "claimant";
        claimant["refKey"] = $"{id}-party-1";
        claimant.Remove("policyRef");
        claimant["claimRef"] = new JsonArray(id);
        return new JsonObject
        {
            ["claim"] = new JsonArray(claim),
            ["policy"] = new JsonArray(new JsonObject
            {
                ["entityType"] = "default",
                ["refKey"] = $"{id}-policy-1",
                ["claimRef"] = new JsonArray(id),
                ["contractNumber"] = policy["contractNumber"]!.DeepClone(),
                ["businessLine"] = policy["businessLine"]!.DeepClone(),
                ["porCompany"] = policy["porCompany"]!.DeepClone(),
            }),
            ["party"] = new JsonArray(claimant),
            ["incident"] = new JsonArray(new JsonObject
            {
                ["entityType"] = "default",
                ["refKey"] = $"{id}-incident-1",
                ["claimRef"] = new JsonArray(id),
                ["incidentDate"] = claim["dateOfLoss"]!.DeepClone(),
                ["location"] = holder["city"]?.DeepClone() ?? "Amsterdam",
                ["causeCode"] = Causes[cause],
                ["description"] = Descriptions[cause],
            }),
        };
    }
}
