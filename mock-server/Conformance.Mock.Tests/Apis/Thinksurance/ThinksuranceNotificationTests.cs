using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Conformance.Mock.Tests.Apis.Thinksurance;

public sealed class ThinksuranceNotificationTests : ThinksuranceTestBase
{
    private async Task<string> SeededBrokerTokenAsync(string externalId) =>
        (await PostAsync("api/ipn/brokers/tokens", new JsonObject { ["type"] = 1, ["bExternalId"] = externalId, ["bEmail"] = "x@example.de", ["bCompany"] = "X" }, Tenant()))["bToken"]!.GetValue<string>();

    [Test]
    public async Task AccountNotifications_LongWindow_EverySeededInquiryAscendingWithAValidHash()
    {
        var answer = await PostAsync($"api/account-ipn/get/{Token}", new JsonObject { ["aToken"] = AccountToken, ["lastDays"] = 3650 });

        Assert.Multiple(() =>
        {
            Assert.That(answer.Select(p => long.Parse(p.Key, System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(Enumerable.Range(0, 40).Select(i => 100001L + i)));
            foreach (var (_, notification) in answer)
            {
                Assert.That(notification!["sHash"]!.GetValue<string>(), Is.EqualTo(Hmac(notification["data"]!)));
            }
        });
    }

    [Test]
    public async Task AccountNotifications_DefaultWindow_LeavesOutInquiriesOlderThanThreeMonths() =>
        Assert.That((await PostAsync($"api/account-ipn/get/{Token}", new JsonObject { ["aToken"] = AccountToken })).ToJsonString(), Is.EqualTo("{}"));

    [Test]
    public async Task BrokerNotifications_OneInquiry_OnlyThatOneOfTheBroker()
    {
        var broker = await SeededBrokerTokenAsync("B002");

        var all = await PostAsync($"api/ipn/get/{Token}", new JsonObject { ["bToken"] = broker, ["lastDays"] = 3650 });
        var one = await PostAsync($"api/ipn/get/{Token}", new JsonObject { ["bToken"] = broker, ["lastDays"] = 3650, ["iId"] = 100002 });

        Assert.Multiple(() =>
        {
            Assert.That(all.Select(p => p.Key), Is.EqualTo(new[] { "100002", "100012", "100022", "100032" }));
            Assert.That(one.Select(p => p.Key), Is.EqualTo(new[] { "100002" }));
            Assert.That(one["100002"]!["data"]!["bExternalId"]!.GetValue<string>(), Is.EqualTo("B002"));
        });
    }

    [Test]
    public async Task InquiryNotification_OfAnotherBroker_NotFound()
    {
        var broker = await SeededBrokerTokenAsync("B001");

        var own = await PostAsync("api/ipn/inquiry/100001", new JsonObject { ["token"] = Token, ["bToken"] = broker });
        var foreign = await PostAsync("api/ipn/inquiry/100002", new JsonObject { ["token"] = Token, ["bToken"] = broker });
        var nonNumeric = await PostAsync("api/ipn/inquiry/abc", new JsonObject { ["token"] = Token, ["aToken"] = AccountToken });

        Assert.Multiple(() =>
        {
            Assert.That(own.Select(p => p.Key), Is.EqualTo(new[] { "100001" }));
            Assert.That(foreign["error"]!.GetValue<string>(), Is.EqualTo("Inquiry not found."));
            Assert.That(nonNumeric["error"]!.GetValue<string>(), Is.EqualTo("Inquiry not found."));
        });
    }

    [TestCase("""{"token":"x"}""", "Missing required field: bToken or aToken")]
    [TestCase("""{"bToken":"x"}""", "Missing required field: token")]
    [TestCase("""{"token":"garbage","aToken":"x"}""", "Token is invalid or expired.")]
    public async Task InquiryNotification_BadRequest_DocumentedError(string body, string error) =>
        Assert.That((await SendAsync(HttpMethod.Post, "api/ipn/inquiry/100001", body))["error"]!.GetValue<string>(), Is.EqualTo(error));

    [Test]
    public async Task InquiryNotification_Ordered_CarriesCustomerDocumentsAndTheSelectedNumber()
    {
        // Statuses cycle 2, 3, 4, 15, 6: the fifth inquiry is ordered.
        var answer = await PostAsync("api/ipn/inquiry/100005", new JsonObject { ["token"] = Token, ["aToken"] = AccountToken });
        var notification = answer["100005"]!;

        Assert.Multiple(() =>
        {
            Assert.That(notification["data"]!["status"]!.GetValue<int>(), Is.EqualTo(6));
            Assert.That(notification["data"]!["insurerName"], Is.Not.Null);
            Assert.That(notification["customer"]!["cCompany"], Is.Not.Null);
            Assert.That(notification["docs"]!.AsArray().Select(d => d!["dType"]!.GetValue<string>()), Is.EqualTo(new[] { "proposal", "order" }));
        });
    }

    /// <summary>The contract's sHash, computed independently: RFC 8785 text of data (sorted members, no escaping beyond JSON's), HMAC-SHA256 with the secret.</summary>
    private static string Hmac(JsonNode data)
    {
        var canonical = JsonSerializer.Serialize(Sorted(data), new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes(canonical)));
    }

    private static JsonNode? Sorted(JsonNode? node) => node is JsonObject obj
        ? new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value))))
        : node?.DeepClone();
}
