using System.Numerics;
using System.Text.Json.Nodes;

namespace Conformance.Mock.Tests.Apis.Seyna;

public sealed class SeynaSeedTests : SeynaTestBase
{
    [Test]
    public async Task Seed_EveryContractAndClaim_PassesEveryErrorInvariant()
    {
        var failures = new List<string>();
        foreach (var (collection, kind) in new[] { ("contracts", "contract"), ("claims", "claim") })
        {
            foreach (var item in await TraverseAsync($"portfolios/pf_0001/{collection}", 100))
            {
                var report = await GetJsonAsync($"portfolios/pf_0001/{collection}/{item["id"]}/invariants");
                failures.AddRange(report["data"]!.AsArray()
                    .Where(r => r!["severity"]!.GetValue<string>() == "error" && r["status"]!.GetValue<string>() == "failed")
                    .Select(r => $"{kind} {item["id"]}: {r!["rule"]} {r["violations"]!.ToJsonString()}"));
            }
        }

        Assert.That(failures, Is.Empty);
    }

    [Test]
    public async Task Seed_Counts_FollowSeedYaml()
    {
        var contracts = await TraverseAsync("portfolios/pf_0001/contracts", 100);
        var claims = await TraverseAsync("portfolios/pf_0001/claims", 100);
        var empty = await GetJsonAsync("portfolios/pf_0002/contracts");

        Assert.Multiple(() =>
        {
            Assert.That(contracts, Has.Count.EqualTo(40));
            Assert.That(contracts.Count(c => c["cancel_reason"]?.GetValue<string>() == "retraction"), Is.EqualTo(2));
            Assert.That(contracts.Count(c => c["cancel_reason"]?.GetValue<string>() == "subscriber_request"), Is.EqualTo(4));
            Assert.That(claims, Has.Count.EqualTo(12));
            Assert.That(claims.Count(c => c["status"]!.GetValue<string>() == "closed"), Is.EqualTo(4));
            Assert.That(empty["data"]!.AsArray(), Is.Empty);
        });
    }

    [Test]
    public async Task Seed_FrenchData_ValidFrenchIbansAndEuroCents()
    {
        var contracts = await TraverseAsync("portfolios/pf_0001/contracts", 100);

        Assert.Multiple(() =>
        {
            foreach (var contract in contracts)
            {
                var iban = contract["product_data"]!["payer_iban"]!.GetValue<string>();
                Assert.That(iban, Does.Match("^FR[0-9]{25}$"));
                Assert.That(IbanChecksumHolds(iban), Is.True, iban);
                Assert.That(contract["subscriber"]![0]!["address"]!.GetValue<string>(), Does.EndWith(", France"));
                foreach (var guarantee in contract["guarantees"]!.AsObject())
                {
                    var premium = guarantee.Value!["premium"]!.GetValue<decimal>();
                    Assert.That(premium * 100, Is.EqualTo(decimal.Truncate(premium * 100)), "euro amounts carry at most cents");
                }
            }
        });
    }

    [Test]
    public async Task Seed_SameSeed_ByteIdenticalAnswersAfterReset()
    {
        var before = (await GetJsonAsync("portfolios/pf_0001/contracts?limit=100")).ToJsonString();
        using (await Client.PostAsync(new Uri("/__admin/reset", UriKind.Relative), null))
        {
        }

        var after = (await GetJsonAsync("portfolios/pf_0001/contracts?limit=100")).ToJsonString();

        Assert.That(after, Is.EqualTo(before));
    }

    private static bool IbanChecksumHolds(string iban)
    {
        var rearranged = iban[4..] + iban[..4];
        var digits = string.Concat(rearranged.Select(c => char.IsAsciiLetter(c) ? (c - 'A' + 10).ToString(System.Globalization.CultureInfo.InvariantCulture) : c.ToString()));
        return BigInteger.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) % 97 == 1;
    }
}
