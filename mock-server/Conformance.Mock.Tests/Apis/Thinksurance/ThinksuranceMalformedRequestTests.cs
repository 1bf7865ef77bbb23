using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Conformance.Mock.Tests.Apis.Thinksurance;

/// <summary>Every malformed request is answered HTTP 200 with exactly an <c>error</c> member, never a 500 or a bare 4xx, and stores nothing.</summary>
public sealed class ThinksuranceMalformedRequestTests : ThinksuranceTestBase
{
    public static IEnumerable<TestCaseData> Cases() =>
        ThinksuranceMalformedCorpus.All().Select((c, i) => new TestCaseData(c).SetName($"Send_{c.Operation}_{i:000}_Http200ErrorNothingStored"));

    [Test]
    public void Corpus_HasAtLeastTwoHundredCases() => Assert.That(Cases().Count(), Is.GreaterThanOrEqualTo(200));

    [TestCaseSource(nameof(Cases))]
    public async Task Send_MalformedRequest_Http200ErrorAndStateUnchanged(ThinksuranceMalformedCase malformed)
    {
        var before = await StateAsync();

        using var request = new HttpRequestMessage(new HttpMethod(malformed.Method), Api(malformed.Path.Replace("{token}", Token, StringComparison.Ordinal)));
        var text = malformed.Body?.Replace("{token}", Token, StringComparison.Ordinal);
        if (malformed.RawBytes is not null || text is not null)
        {
            request.Content = new ByteArrayContent(malformed.RawBytes ?? Encoding.UTF8.GetBytes(text!));
            request.Content.Headers.ContentType = malformed.ContentType is null ? null : MediaTypeHeaderValue.Parse(malformed.ContentType);
        }

        if (malformed.V11Headers)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + Token);
            request.Headers.TryAddWithoutValidation("X-Account-Token", AccountToken);
        }

        using var response = await Client.SendAsync(request);
        var answer = await response.Content.ReadAsStringAsync();

        Assert.Multiple(async () =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(200), answer);
            Assert.That(JsonNode.Parse(answer) is JsonObject { Count: 1 } body && body["error"] is JsonValue error && error.GetValue<string>().Length > 0, Is.True, answer);
            Assert.That(await StateAsync(), Is.EqualTo(before), "a refused request stores nothing");
        });
    }

    [TestCase("api/ipn/agency-numbers", true)]
    [TestCase("api/ipn/tokens", false)]
    public async Task Send_BodyOverOneMebibyte_PayloadTooLargeAndNothingStored(string path, bool v11)
    {
        var before = await StateAsync();
        var padding = new string('x', (1024 * 1024) + 16);
        var body = new JsonObject { ["agencyNumberSets"] = new JsonArray(Holder("baFinId", "5405", Number("BIG"))), ["padding"] = padding }.ToJsonString();

        var answer = await SendAsync(HttpMethod.Post, path, body, v11 ? Tenant() : null);

        Assert.Multiple(async () =>
        {
            Assert.That(answer.ToJsonString(), Is.EqualTo("""{"error":"Payload too large."}"""));
            Assert.That(await StateAsync(), Is.EqualTo(before));
        });
    }

    /// <summary>What a refused request could have changed: the account's set, a seeded broker's set, brokers, the clock-independent inquiry data.</summary>
    private async Task<string> StateAsync()
    {
        var broker = await PostAsync("api/ipn/brokers/tokens", new JsonObject { ["type"] = 1, ["bExternalId"] = "B001", ["bEmail"] = "x@example.de", ["bCompany"] = "X" }, Tenant());
        var created = await PostAsync("api/ipn/brokers/tokens", new JsonObject { ["type"] = 1, ["bExternalId"] = "M-1", ["bEmail"] = "x@example.de", ["bCompany"] = "X" }, Tenant());
        var account = await ListAsync();
        var brokerSet = await ListAsync(broker["bToken"]!.GetValue<string>());
        var inquiries = await PostAsync($"api/account-ipn/get/{Token}", new JsonObject { ["aToken"] = AccountToken, ["lastDays"] = 3650 });
        return string.Join("\n", account.ToJsonString(), brokerSet.ToJsonString(), created.ToJsonString(), inquiries.ToJsonString());
    }
}
