using System.Text.Json.Nodes;
using Conformance.Mock.Hosting;

namespace Conformance.Mock.Tests.Apis.Thinksurance;

public sealed class ThinksuranceDeterminismTests
{
    private static async Task<string> SeededViewAsync(int seed)
    {
        await using var provider = await ReferenceProvider.StartAsync(new ReferenceProviderOptions { Urls = ["http://127.0.0.1:0"], Quiet = true, Seed = seed });
        using var client = new HttpClient { BaseAddress = provider.BaseAddress };
        using var tokenAnswer = await client.PostAsync(new Uri("/thinksurance/api/ipn/tokens", UriKind.Relative),
            new StringContent($$"""{"hash":"{{ThinksuranceTestBase.Hash}}","secret":"{{ThinksuranceTestBase.Secret}}"}""", System.Text.Encoding.UTF8, "application/json"));
        var token = JsonNode.Parse(await tokenAnswer.Content.ReadAsStringAsync())!["token"]!.GetValue<string>();
        using var notifications = await client.PostAsync(new Uri($"/thinksurance/api/account-ipn/get/{token}", UriKind.Relative),
            new StringContent($$"""{"aToken":"{{ThinksuranceTestBase.AccountToken}}","lastDays":3650}""", System.Text.Encoding.UTF8, "application/json"));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/thinksurance/api/ipn/agency-numbers", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
        request.Headers.TryAddWithoutValidation("X-Account-Token", ThinksuranceTestBase.AccountToken);
        using var sets = await client.SendAsync(request);
        return await notifications.Content.ReadAsStringAsync() + await sets.Content.ReadAsStringAsync();
    }

    [Test]
    public async Task Seed_SameSeedTwice_ByteIdenticalSeededData()
    {
        var first = await SeededViewAsync(20260101);
        var second = await SeededViewAsync(20260101);

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public async Task Seed_OtherSeed_OtherData() =>
        Assert.That(await SeededViewAsync(7), Is.Not.EqualTo(await SeededViewAsync(20260101)));
}
