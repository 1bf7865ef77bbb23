using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Conformance.Mock.Tests.Apis.SiviAfs;

/// <summary>Every <c>_filter</c> operator, judged against what the unfiltered collection holds.</summary>
public sealed class SiviAfsFilterTests : SiviAfsTestBase
{
    public static IEnumerable<TestCaseData> Matching()
    {
        yield return Case("policies", "policy.policyDetails.businessLine|eq|2100", d => Text(d.Main, "businessLine") == "2100");
        yield return Case("policies", "policy.policyDetails.businessLine|ne|2100", d => Text(d.Main, "businessLine") != "2100");
        yield return Case("policies", "policy.policyDetails.premiumAmount|lt|20", d => Number(d.Main, "premiumAmount") < 20m);
        yield return Case("policies", "policy.policyDetails.effectiveDate|le|2024-06-30", d => string.CompareOrdinal(Text(d.Main, "effectiveDate"), "2024-06-30") <= 0);
        yield return Case("policies", "policy.policyDetails.paymentTermInMonths|gt|1", d => Number(d.Main, "paymentTermInMonths") > 1m);
        yield return Case("policies", "policy.policyDetails.effectiveDate|ge|2025-01-01", d => string.CompareOrdinal(Text(d.Main, "effectiveDate"), "2025-01-01") >= 0);
        yield return Case("policies", "party.policyHolder.surname|like|j*n?en", d => d.Objects("party", "policyHolder").Any(p => Regex.IsMatch(Text(p, "surname") ?? "", "^j.*n.en$", RegexOptions.IgnoreCase)));
        yield return Case("policies", "policy.policyDetails.porCompany|in|ASR;NN;OHRA", d => Text(d.Main, "porCompany") is "ASR" or "NN" or "OHRA");
        yield return Case("parties", "party.person.multipleNationalities|contains|0001", d => d.Objects("party", "person").Any(p => p["multipleNationalities"]?.AsArray().Any(n => n!.GetValue<string>() == "0001") == true));
        yield return Case("policies", "party.policyHolder.surnamePrefix|isnull|false", d => d.Objects("party", "policyHolder").Any(p => p["surnamePrefix"] is not null));
        yield return Case("policies", "party.policyHolder.surnamePrefix|isempty|true", d => d.Objects("party", "policyHolder").Any(p => p["surnamePrefix"] is null));
        yield return Case("policies", "party.policyHolder.surname|eq|Jansen,object.vehicle.constructionYear|ge|2015", d =>
            d.Objects("party", "policyHolder").Any(p => Text(p, "surname") == "Jansen") && d.Objects("object", "vehicle").Any(o => Number(o, "constructionYear") >= 2015m));
        yield return Case("claims", "claim.default.useExpert|eq|true", d => d.Main["useExpert"]?.GetValue<bool>() == true);
        yield return Case("claims", "policy.default.contractNumber|eq|POL0000001", d => d.Objects("policy", "default").Any(p => Text(p, "contractNumber") == "POL0000001"));
    }

    [TestCaseSource(nameof(Matching))]
    public async Task Retrieve_Filter_SelectsExactlyTheDatasetsThatMeetIt(string collection, string filter, Func<Dataset, bool> meets)
    {
        var all = await DatasetsAsync(collection);
        var expected = all.Where(meets).Select(d => d.Id).ToList();

        var actual = await IdsAsync($"{collection}?limit=1000&_filter={Uri.EscapeDataString(filter)}", MainEntity(collection));

        Assert.That(expected, Is.Not.Empty, "the seeded data must hold a match for this case");
        Assert.That(expected.Count, Is.LessThan(all.Count), "the seeded data must hold a non-match for this case");
        Assert.That(actual, Is.EqualTo(expected));
    }

    [TestCase("policy.policyDetails.businessLine|eq|9999")]
    [TestCase("policy.policyDetails.premiumAmount|lt|0")]
    [TestCase("policy.policyDetails.effectiveDate|le|1990-01-01")]
    [TestCase("policy.policyDetails.paymentTermInMonths|gt|12")]
    [TestCase("policy.policyDetails.effectiveDate|ge|2099-01-01")]
    [TestCase("party.policyHolder.surname|like|zz*qq")]
    [TestCase("policy.policyDetails.porCompany|in|NOPE;NADA")]
    [TestCase("party.policyHolder.countryCode|isnull|true")]
    [TestCase("party.policyHolder.city|isempty|true")]
    public async Task Retrieve_FilterMatchingNothing_Answers204WithoutBody(string filter)
    {
        var ids = await IdsAsync($"policies?_filter={Uri.EscapeDataString(filter)}");

        Assert.That(ids, Is.Empty);
    }

    [Test]
    public async Task Retrieve_ContainsWithAValueNoneHas_Answers204()
    {
        Assert.That(await IdsAsync("parties?_filter=party.person.multipleNationalities|contains|0001;9999", "party"), Is.Empty);
    }

    [Test]
    public async Task Retrieve_PipeSentAsPercentEncoding_IsTheSameFilter()
    {
        var raw = await IdsAsync("policies?_filter=party.policyHolder.surname|eq|Jansen");
        var encoded = await IdsAsync("policies?_filter=party.policyHolder.surname%7Ceq%7CJansen");

        Assert.That(encoded, Is.EqualTo(raw).And.Contains("POL0000001"));
    }

    private static TestCaseData Case(string collection, string filter, Func<Dataset, bool> meets) =>
        new TestCaseData(collection, filter, meets).SetArgDisplayNames(collection, filter);

    private static string MainEntity(string collection) => collection switch { "claims" => "claim", "parties" => "party", _ => "policy" };

    private async Task<IReadOnlyList<Dataset>> DatasetsAsync(string collection)
    {
        var main = MainEntity(collection);
        var answer = await GetJsonAsync($"{collection}?limit=1000");
        var reference = main + "Ref";
        return [.. answer[main]!.AsArray().Select(m => m!.AsObject()).Where(m => main != "party" || m["partyRef"] is null).Select(m =>
        {
            var id = m["refKey"]!.GetValue<string>();
            var objects = answer.Where(e => e.Key != "commonFunctional")
                .SelectMany(e => e.Value!.AsArray().Select(o => (Entity: e.Key, Object: o!.AsObject())))
                .Where(o => o.Object["refKey"]?.GetValue<string>() == id || o.Object[reference]?.AsArray().Any(r => r!.GetValue<string>() == id) == true)
                .ToList();
            return new Dataset(id, m, objects);
        })];
    }

    private static string? Text(JsonObject o, string name) => o[name]?.GetValue<string>();

    private static decimal? Number(JsonObject o, string name) => o[name] is JsonValue v ? decimal.Parse(v.ToJsonString(), CultureInfo.InvariantCulture) : null;

    public sealed record Dataset(string Id, JsonObject Main, IReadOnlyList<(string Entity, JsonObject Object)> All)
    {
        public IEnumerable<JsonObject> Objects(string entity, string entityType) =>
            All.Where(o => o.Entity == entity && o.Object["entityType"]?.GetValue<string>() == entityType).Select(o => o.Object);
    }
}
