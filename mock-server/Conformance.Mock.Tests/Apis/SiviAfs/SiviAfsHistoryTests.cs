using System.Globalization;

namespace Conformance.Mock.Tests.Apis.SiviAfs;

/// <summary><c>validOn</c> answered from each dataset's kept history.</summary>
public sealed class SiviAfsHistoryTests : SiviAfsTestBase
{
    [Test]
    public async Task RetrieveItem_ValidOnBeforeTheLastChange_ServesTheEarlierVersion()
    {
        var changed = 0;
        foreach (var id in await IdsAsync("policies?limit=1000"))
        {
            var current = (await GetJsonAsync($"policies/{id}"))["policy"]![0]!;
            var lastChange = DateOnly.ParseExact(current["lastChangeDate"]!.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            using var response = await GetAsync($"policies/{id}?validOn={lastChange.AddDays(-1):yyyy-MM-dd}");
            if ((int)response.StatusCode == 204)
            {
                continue;
            }

            Assert.That((int)response.StatusCode, Is.EqualTo(200));
            var earlier = (await GetJsonAsync($"policies/{id}?validOn={lastChange.AddDays(-1):yyyy-MM-dd}"))["policy"]![0]!;
            Assert.That(string.CompareOrdinal(earlier["lastChangeDate"]!.GetValue<string>(), current["lastChangeDate"]!.GetValue<string>()), Is.LessThan(0));
            Assert.That(earlier.ToJsonString(), Is.Not.EqualTo(current.ToJsonString()));
            changed++;
        }

        // seed.yaml: 10 policies with a prior version and 5 terminated ones (active first).
        Assert.That(changed, Is.EqualTo(15));
    }

    [Test]
    public async Task Retrieve_ValidOnBeforeEveryDataset_Answers204()
    {
        Assert.That(await IdsAsync("policies?validOn=2000-01-01"), Is.Empty);
        using var item = await GetAsync("policies/POL0000001?validOn=2000-01-01");
        Assert.That((int)item.StatusCode, Is.EqualTo(204));
    }

    [Test]
    public async Task Retrieve_ValidOnAfterTheReferenceDate_IsTheCurrentState()
    {
        var now = await GetJsonAsync("policies?limit=1000");

        var future = await GetJsonAsync("policies?limit=1000&validOn=2099-12-31");

        Assert.That(future.ToJsonString(), Is.EqualTo(now.ToJsonString()));
    }

    [Test]
    public async Task Retrieve_SeededTerminations_StayRetrievableWithTheirStatus()
    {
        var terminated = await IdsAsync("policies?_filter=policy.policyDetails.statusType|eq|terminated");

        Assert.That(terminated, Has.Count.EqualTo(5).And.No.Contains("POL0000001"));
        var one = (await GetJsonAsync($"policies/{terminated[0]}"))["policy"]![0]!;
        Assert.That(one["terminationReason"], Is.Not.Null);
        Assert.That(one["terminationDate"], Is.Not.Null);
    }
}
