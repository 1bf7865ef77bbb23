using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using Conformance.Mock.Hosting;

namespace Conformance.Mock.Tests.Apis.SiviAfs;

/// <summary>The seeded book: Dutch shapes, the seed's anchors and references, byte-identical across providers of one seed.</summary>
public sealed partial class SiviAfsSeedDataTests : SiviAfsTestBase
{
    [Test]
    public async Task Seed_Parties_HaveDutchPostcodesPhonesAndValidIbans()
    {
        var parties = (await GetJsonAsync("parties?limit=1000"))["party"]!.AsArray().Where(p => p!["partyRef"] is null).ToList();

        Assert.That(parties, Has.Count.EqualTo(30));
        foreach (var party in parties)
        {
            Assert.That(party!["postalCode"]!.GetValue<string>(), Does.Match("^[1-9][0-9]{3} [A-Z]{2}$"));
            Assert.That(party["countryCode"]!.GetValue<string>(), Is.EqualTo("NL"));
            Assert.That(party["phoneNumber"]!.GetValue<string>(), Does.StartWith("+31 6 "));
            Assert.That(IsValidIban(party["iban"]!.GetValue<string>()), Is.True, party["iban"]!.GetValue<string>());
        }
    }

    [Test]
    public async Task Seed_Claims_NameASeededPolicyAndItsHolder()
    {
        var claims = await GetJsonAsync("claims?limit=1000");

        foreach (var reference in claims["policy"]!.AsArray())
        {
            var policyId = reference!["contractNumber"]!.GetValue<string>();
            var policy = await GetJsonAsync($"policies/{policyId}");
            var claimId = reference["claimRef"]![0]!.GetValue<string>();
            var claimant = claims["party"]!.AsArray().Single(p => p!["claimRef"]![0]!.GetValue<string>() == claimId && p["entityType"]!.GetValue<string>() == "claimant");
            Assert.That(claimant!["relationNumber"]!.GetValue<string>(), Is.EqualTo(policy["party"]![0]!["relationNumber"]!.GetValue<string>()));
        }
    }

    [Test]
    public async Task Seed_SameSeed_AnswersByteIdenticallyFromAnotherProvider()
    {
        await using var other = await ReferenceProvider.StartAsync(new ReferenceProviderOptions { Urls = ["http://127.0.0.1:0"], Quiet = true });
        using var otherClient = new HttpClient { BaseAddress = other.BaseAddress };
        otherClient.DefaultRequestHeaders.Authorization = Client.DefaultRequestHeaders.Authorization;
        using var token = new HttpRequestMessage(HttpMethod.Post, Api("oauth/token"))
        {
            Content = new FormUrlEncodedContent([new("grant_type", "client_credentials"), new("client_id", ClientId), new("client_secret", Secret(ClientId))]),
        };
        using var issued = await otherClient.SendAsync(token);
        var access = System.Text.Json.Nodes.JsonNode.Parse(await issued.Content.ReadAsStringAsync())!["access_token"]!.GetValue<string>();
        otherClient.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", access);

        foreach (var collection in new[] { "policies", "claims", "parties" })
        {
            var mine = await (await GetAsync($"{collection}?limit=1000")).Content.ReadAsStringAsync();
            var theirs = await (await otherClient.GetAsync(Api($"{collection}?limit=1000"))).Content.ReadAsStringAsync();
            Assert.That(theirs, Is.EqualTo(mine), collection);
        }
    }

    private static bool IsValidIban(string iban)
    {
        if (!IbanShape().IsMatch(iban))
        {
            return false;
        }

        var rearranged = iban[4..] + iban[..4];
        var digits = string.Concat(rearranged.Select(c => char.IsLetter(c) ? (c - 'A' + 10).ToString(CultureInfo.InvariantCulture) : c.ToString()));
        return BigInteger.Parse(digits, CultureInfo.InvariantCulture) % 97 == 1;
    }

    [GeneratedRegex("^NL[0-9]{2}[A-Z]{4}[0-9]{10}$")]
    private static partial Regex IbanShape();
}
