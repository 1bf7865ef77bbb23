using System.Globalization;
using System.Text.Json.Nodes;
using Bogus;

namespace Conformance.Mock.Apis.SiviAfs.Seeding;

/// <summary>Policy datasets: the policy, its holder (copied from a seeded party), the insured object and coverages.</summary>
public static class SiviAfsPolicyFakers
{
    private static readonly string[] HolderAttributes =
        ["relationNumber", "initials", "givenName", "surnamePrefix", "surname", "organisationName", "birthDate", "street", "houseNumber", "houseNumberAddition", "postalCode", "city", "countryCode", "emailAddress", "iban"];

    /// <param name="holder">The main party of the holder's party dataset.</param>
    public static JsonObject Body(Randomizer random, string id, JsonObject holder, DateOnly firstVersion, bool anchor)
    {
        ArgumentNullException.ThrowIfNull(random);
        var line = anchor ? SiviAfsDutch.BusinessLines[0] : random.ListItem((List<(string, string, string, string)>)[.. SiviAfsDutch.BusinessLines]);
        var (code, definition, coverageCode, objectType) = line;
        var effective = firstVersion.AddDays(random.Number(0, 30));
        var term = random.ArrayElement(new[] { 1, 1, 3, 12 });
        var policy = new JsonObject
        {
            ["entityType"] = "policyDetails",
            ["refKey"] = id,
            ["contractNumber"] = id,
            ["businessLine"] = code,
            ["porCompany"] = random.ListItem((List<string>)[.. SiviAfsDutch.Insurers]),
            ["afdDefinitionName"] = definition,
            ["afdDefinitionVersion"] = "2.0",
            ["effectiveDate"] = Date(effective),
            ["contractDurationInMonths"] = 12,
            ["expiryDate"] = Date(effective.AddMonths(12).AddDays(-1)),
            ["premiumCollector"] = "1",
            ["collectionMethod"] = random.ArrayElement(new[] { "A", "A", "F" }),
            ["paymentTermInMonths"] = term,
        };
        var holderObject = new JsonObject { ["entityType"] = "policyHolder", ["refKey"] = $"{id}-party-1", ["policyRef"] = new JsonArray(id) };
        foreach (var attribute in HolderAttributes)
        {
            if (holder[attribute] is { } value)
            {
                holderObject[attribute] = value.DeepClone();
            }
        }

        var insured = InsuredObject(random, id, objectType, holder);
        var sumInsured = insured["sumInsured"]?.GetValue<decimal>() ?? insured["catalogValue"]?.GetValue<decimal>() ?? 100_000m;
        var coverages = new JsonArray { Coverage(id, 1, coverageCode, sumInsured, term) };
        if (code == "2100" && random.Bool())
        {
            coverages.Add(Coverage(id, 2, "CASCO", sumInsured, term));
        }

        policy["premiumAmount"] = coverages.Sum(c => c!["premiumAmount"]!.GetValue<decimal>());
        return new JsonObject
        {
            ["policy"] = new JsonArray(policy),
            ["party"] = new JsonArray(holderObject),
            ["object"] = new JsonArray(insured),
            ["coverage"] = coverages,
        };
    }

    /// <summary>The reference provider's rate formula (contract, <c>newPolicyRate</c>): 25.00 + 0.2 % of the sum insured per year, per term.</summary>
    public static decimal Premium(decimal? sumInsured, int paymentTermInMonths) =>
        Math.Round((25.00m + (0.002m * (sumInsured ?? 0m))) * paymentTermInMonths / 12m, 2, MidpointRounding.AwayFromZero);

    private static JsonObject InsuredObject(Randomizer random, string id, string objectType, JsonObject holder)
    {
        var insured = new JsonObject { ["entityType"] = objectType, ["refKey"] = $"{id}-object-1", ["policyRef"] = new JsonArray(id) };
        switch (objectType)
        {
            case "vehicle":
                var (make, model) = random.ListItem((List<(string, string)>)[.. SiviAfsDutch.Vehicles]);
                insured["licensePlate"] = SiviAfsDutch.LicensePlate(random);
                insured["vehicleMake"] = make;
                insured["vehicleModel"] = model;
                insured["constructionYear"] = random.Number(2008, 2025);
                insured["catalogValue"] = (decimal)random.Number(12, 60) * 1000m;
                break;
            case "dwelling" or "contents":
                insured["street"] = holder["street"]?.DeepClone();
                insured["houseNumber"] = holder["houseNumber"]?.DeepClone();
                insured["postalCode"] = holder["postalCode"]?.DeepClone();
                insured["city"] = holder["city"]?.DeepClone();
                insured["sumInsured"] = (decimal)random.Number(objectType == "dwelling" ? 150 : 25, objectType == "dwelling" ? 650 : 120) * 1000m;
                break;
            default:
                insured["description"] = "Particulier risico";
                break;
        }

        return insured;
    }

    private static JsonObject Coverage(string id, int n, string code, decimal sumInsured, int term) => new()
    {
        ["entityType"] = "default",
        ["refKey"] = $"{id}-coverage-{n.ToString(CultureInfo.InvariantCulture)}",
        ["policyRef"] = new JsonArray(id),
        ["objectRef"] = new JsonArray($"{id}-object-1"),
        ["coverageCode"] = code,
        ["sumInsured"] = sumInsured,
        ["premiumAmount"] = Premium(sumInsured, term),
    };

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
