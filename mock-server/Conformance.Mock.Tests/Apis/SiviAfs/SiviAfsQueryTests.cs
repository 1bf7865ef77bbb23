using System.Text.Json.Nodes;

namespace Conformance.Mock.Tests.Apis.SiviAfs;

/// <summary><c>_fields</c>, <c>_sort</c>, paging, parameters of a party's own and the 400 rules of the retrieve functions.</summary>
public sealed class SiviAfsQueryTests : SiviAfsTestBase
{
    [Test]
    public async Task Retrieve_NoParameters_FirstHundredByIdInTheirCurrentState()
    {
        var ids = await IdsAsync("policies");

        Assert.That(ids, Has.Count.EqualTo(50));
        Assert.That(ids, Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
    }

    [Test]
    public async Task Retrieve_PagesOfSeven_NeitherOverlapNorSkip()
    {
        var all = await IdsAsync("policies?limit=1000&_sort=-effectiveDate");
        var paged = new List<string>();
        for (var offset = 0; ; offset += 7)
        {
            var page = await IdsAsync($"policies?limit=7&offset={offset}&_sort=-effectiveDate");
            if (page.Count == 0)
            {
                break;
            }

            Assert.That(page.Count, Is.LessThanOrEqualTo(7));
            paged.AddRange(page);
        }

        Assert.That(paged, Is.EqualTo(all));
    }

    [TestCase("-policy.effectiveDate", true)]
    [TestCase("-effectiveDate", true)]
    [TestCase("policy.effectiveDate", false)]
    [TestCase("effectiveDate", false)]
    public async Task Retrieve_SortOnADate_OrdersBothWaysWithBareOrQualifiedName(string sort, bool descending)
    {
        var answer = await GetJsonAsync($"policies?limit=1000&_sort={sort}");

        var dates = answer["policy"]!.AsArray().Select(p => p!["effectiveDate"]!.GetValue<string>()).ToList();
        var expected = descending ? dates.OrderDescending(StringComparer.Ordinal) : dates.Order(StringComparer.Ordinal);
        Assert.That(dates, Is.EqualTo(expected.ToList()));
        Assert.That(dates.Distinct().Count(), Is.GreaterThan(10));
    }

    [Test]
    public async Task Retrieve_SortOnTwoKeys_BreaksTiesByTheSecondThenById()
    {
        var answer = await GetJsonAsync("policies?limit=1000&_sort=businessLine,-premiumAmount");

        var rows = answer["policy"]!.AsArray().Select(p => (Line: p!["businessLine"]!.GetValue<string>(), Premium: p["premiumAmount"]!.GetValue<decimal>(), Id: p["refKey"]!.GetValue<string>())).ToList();
        var expected = rows.OrderBy(r => r.Line, StringComparer.Ordinal).ThenByDescending(r => r.Premium).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
        Assert.That(rows, Is.EqualTo(expected));
    }

    [Test]
    public async Task Retrieve_PositiveFields_KeepsNamedPartsAndTheKeys()
    {
        var answer = await GetJsonAsync("policies?limit=3&_fields=businessLine,party.city");

        Assert.That(answer.Select(e => e.Key), Is.EquivalentTo(new[] { "commonFunctional", "policy", "party" }));
        Assert.That(answer["policy"]![0]!.AsObject().Select(a => a.Key), Is.EquivalentTo(new[] { "entityType", "refKey", "businessLine" }));
        Assert.That(answer["party"]![0]!.AsObject().Select(a => a.Key), Is.EquivalentTo(new[] { "entityType", "refKey", "policyRef", "city" }));
    }

    [Test]
    public async Task Retrieve_NegativeFields_DropsOnlyTheNamedParts()
    {
        var full = await GetJsonAsync("policies?limit=3");
        var answer = await GetJsonAsync("policies?limit=3&_fields=-coverage,-object,-policy.porCompany");

        Assert.That(answer.ContainsKey("coverage") || answer.ContainsKey("object"), Is.False);
        Assert.That(answer["party"]!.ToJsonString(), Is.EqualTo(full["party"]!.ToJsonString()));
        Assert.That(answer["policy"]![0]!.AsObject().ContainsKey("porCompany"), Is.False);
        Assert.That(answer["policy"]![0]!["businessLine"], Is.Not.Null);
    }

    [Test]
    public async Task Retrieve_ParameterTheContractDoesNotDefine_IsIgnored()
    {
        var plain = await IdsAsync("policies?limit=5");

        var withOwn = await IdsAsync("policies?limit=5&brokerReference=ABC-123&trace=1");

        Assert.That(withOwn, Is.EqualTo(plain));
    }

    [TestCase("policies?limit=0")]
    [TestCase("policies?limit=1001")]
    [TestCase("policies?limit=ten")]
    [TestCase("policies?limit=1.5")]
    [TestCase("policies?offset=-1")]
    [TestCase("policies?limit=5&limit=6")]
    [TestCase("policies?validOn=2025-02-30")]
    [TestCase("policies?validOn=30-06-2025")]
    [TestCase("policies?_filter=party.policyHolder.surname|xx|Jansen")]
    [TestCase("policies?_filter=party.policyHolder.surname|eq|Jansen,|eq|Utrecht")]
    [TestCase("policies?_filter=party.policyHolder.surname")]
    [TestCase("policies?_filter=party.nobody.surname|eq|Jansen")]
    [TestCase("policies?_filter=party.policyHolder.nickname|eq|Jansen")]
    [TestCase("policies?_filter=vessel.default.name|eq|Jansen")]
    [TestCase("policies?_filter=policy.policyDetails.premiumAmount|gt|lots")]
    [TestCase("policies?_filter=policy.policyDetails.effectiveDate|ge|2025-13-01")]
    [TestCase("policies?_filter=party.policyHolder.surname|isnull|maybe")]
    [TestCase("policies?_filter=party.policyHolder.surname|contains|Jansen")]
    [TestCase("policies?_filter=party.policyHolder.surname|like|")]
    [TestCase("parties?_filter=party.person.multipleNationalities|eq|0001")]
    [TestCase("policies?_fields=policy.nothing")]
    [TestCase("policies?_fields=-policy")]
    [TestCase("policies?_fields=party,-object")]
    [TestCase("policies?_sort=party.surname")]
    [TestCase("policies?_sort=nothing")]
    [TestCase("claims?_sort=-claim.dateOfLoss,-claim.nothing")]
    [TestCase("policies/POL0000001?validOn=yesterday")]
    public async Task Retrieve_InvalidQuery_Answers400QueryError(string relative)
    {
        using var response = await GetAsync(relative);

        var error = await ErrorAsync(response, 400);
        Assert.That(error["errorCode"]!.GetValue<string>(), Is.EqualTo("02"));
    }

    [TestCase("policies/POL9999999")]
    [TestCase("policies/POL0000001x")]
    [TestCase("policies/bad%20id")]
    [TestCase("claims/POL0000001")]
    [TestCase("parties/PTY0000000")]
    public async Task RetrieveItem_UnknownOrMalformedId_Answers404NotFound(string relative)
    {
        using var response = await GetAsync(relative);

        var error = await ErrorAsync(response, 404);
        Assert.That(error["errorCode"]!.GetValue<string>(), Is.EqualTo("20"));
    }

    [TestCase("/sivi-afs/v2/policies")]
    [TestCase("/sivi-afs/v0/policies/POL0000001")]
    public async Task Retrieve_OtherBreakingVersion_Answers404(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.That((int)response.StatusCode, Is.EqualTo(404));
    }

    [Test]
    public async Task Retrieve_OffsetPastTheEnd_Answers204()
    {
        Assert.That(await IdsAsync("policies?offset=50"), Is.Empty);
    }

    [Test]
    public async Task RetrieveItem_Anchor_IsTheSeedsJansenCarPolicy()
    {
        var answer = await GetJsonAsync("policies/POL0000001");

        Assert.That(answer["commonFunctional"]![0]!["dataCatalogVersion"]!.GetValue<string>(), Is.EqualTo("35E"));
        Assert.That(answer["policy"]![0]!["businessLine"]!.GetValue<string>(), Is.EqualTo("2100"));
        Assert.That(answer["policy"]![0]!["statusType"]!.GetValue<string>(), Is.EqualTo("active"));
        Assert.That(answer["party"]![0]!["relationNumber"]!.GetValue<string>(), Is.EqualTo("PTY0000001"));
        Assert.That(answer["party"]![0]!["surname"]!.GetValue<string>(), Is.EqualTo("Jansen"));
    }
}
