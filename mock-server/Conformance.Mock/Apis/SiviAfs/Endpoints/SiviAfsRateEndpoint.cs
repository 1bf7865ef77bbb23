using System.Text.Json.Nodes;
using Conformance.Mock.Apis.SiviAfs.Http;
using Conformance.Mock.Apis.SiviAfs.Seeding;
using Conformance.Mock.Apis.SiviAfs.Writes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Conformance.Mock.Apis.SiviAfs.Endpoints;

/// <summary>
/// <c>POST /policies/rates/new</c>, the procedural rate function: always 200 with a body, stores
/// nothing. The input comes back with the client's keys, <c>premiumAmount</c> on every coverage and
/// their sum on the policy (the reference provider's formula, <see cref="SiviAfsPolicyFakers.Premium"/>).
/// </summary>
public static class SiviAfsRateEndpoint
{
    public static async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var runtime = context.RequestServices.GetRequiredService<SiviAfsRuntime>();
        if (!await SiviAfsGate.PassAsync(context, SiviAfsGate.ReadScope)
            || await SiviAfsBodies.ReadAsync(context, runtime, "newPolicyRate") is not { } body)
        {
            return;
        }

        if (SiviAfsDatasetRules.Structure(SiviAfsCluster.Policy, body, rate: true) is { } invalid)
        {
            await SiviAfsBodies.RefuseAsync(context, invalid);
            return;
        }

        var policy = (JsonObject)body["policy"]![0]!;
        var coverages = SiviAfsObjects.Of(body, "coverage").ToList();
        if (SiviAfsDatasetRules.Date(policy, "effectiveDate") is not { } effective || policy["paymentTermInMonths"] is null || coverages.Count == 0)
        {
            await SiviAfsBodies.RefuseAsync(context, SiviAfsRefusal.BusinessRule("rating needs policy effectiveDate and paymentTermInMonths and at least one coverage."));
            return;
        }

        if (SiviAfsDatasetRules.Date(policy, "expiryDate") < effective)
        {
            await SiviAfsBodies.RefuseAsync(context, SiviAfsRefusal.BusinessRule("policy[0].expiryDate is before effectiveDate."));
            return;
        }

        var term = policy["paymentTermInMonths"]!.GetValue<int>();
        var total = 0m;
        foreach (var coverage in coverages)
        {
            var premium = SiviAfsPolicyFakers.Premium(coverage["sumInsured"]?.GetValue<decimal>(), term);
            coverage["premiumAmount"] = premium;
            total += premium;
        }

        policy["premiumAmount"] = total;
        body.Remove("commonTechnical");
        body["commonFunctional"] = new JsonArray(new JsonObject { ["entityType"] = "default", ["dataCatalogVersion"] = runtime.Settings.DataCatalogVersion });
        await SiviAfsResponses.JsonAsync(context, 200, body);
    }
}
