using System.Globalization;
using System.Text.Json.Nodes;
using Conformance.Specs.Model;

namespace Conformance.Bench;

/// <summary>A realistic FiNUM <c>GET /contract-list</c> response built from the contract's own example.</summary>
public static class ContractResponses
{
    /// <summary>
    /// <paramref name="count"/> copies of the first example contract of <c>listContracts</c>, each with
    /// its own id (about 400 bytes each, so 100 contracts are about 40 KB).
    /// </summary>
    public static JsonArray Build(ApiSpec finum, int count)
    {
        var example = finum.FindOperation("listContracts")!.Responses["200"].Content["application/json"].Examples
            .Select(e => e.Value).OfType<JsonArray>().First(a => a.Count > 0)[0]!;
        var response = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            var contract = example.DeepClone().AsObject();
            contract["id"] = "C" + (200000 + i).ToString(CultureInfo.InvariantCulture);
            contract["foreignId"] = "crm-" + i.ToString(CultureInfo.InvariantCulture);
            response.Add(contract);
        }

        return response;
    }

    /// <summary>The schema a <c>listContracts</c> 200 response must satisfy.</summary>
    public static SpecSchema Schema(ApiSpec finum) =>
        finum.FindOperation("listContracts")!.Responses["200"].Content["application/json"].Schema!;
}
