using System.Text.Json;

namespace Conformance.Mock.Apis.Thinksurance.Validation;

/// <summary>Reads the bodies of the three legacy V1 reads and the token request.</summary>
public static class NotificationRequests
{
    private static readonly IReadOnlyList<FieldRule> TokenRequest = [FieldRule.Text("hash", 1, 256, required: true), FieldRule.Text("secret", 1, 256, required: true)];

    private static readonly IReadOnlyList<FieldRule> Inquiry =
    [
        FieldRule.Text("token", 1, 256, required: true), FieldRule.Text("bToken", 1, 128), FieldRule.Text("aToken", 1, 128),
    ];

    private static readonly IReadOnlyList<FieldRule> Broker =
    [
        FieldRule.Text("bToken", 1, 128, required: true), FieldRule.Number("iId", 1, long.MaxValue), FieldRule.Number("lastDays", 1, 3650),
    ];

    private static readonly IReadOnlyList<FieldRule> Account =
    [
        FieldRule.Text("aToken", 1, 128, required: true), FieldRule.Number("iId", 1, long.MaxValue), FieldRule.Number("lastDays", 1, 3650),
    ];

    public static (IReadOnlyDictionary<string, JsonElement>? Fields, string? Problem) Token(JsonElement body) => Read(body, TokenRequest, null);

    /// <summary>Besides the schema: at least one of <c>bToken</c> and <c>aToken</c>.</summary>
    public static (IReadOnlyDictionary<string, JsonElement>? Fields, string? Problem) InquiryRead(JsonElement body) =>
        Read(body, Inquiry, problems =>
        {
            if (!body.TryGetProperty("bToken", out _) && !body.TryGetProperty("aToken", out _))
            {
                problems.Add(ProblemRank.Rule, ThinksuranceErrors.TenantTokenRequired);
            }
        });

    public static (IReadOnlyDictionary<string, JsonElement>? Fields, string? Problem) BrokerRead(JsonElement body) => Read(body, Broker, null);

    public static (IReadOnlyDictionary<string, JsonElement>? Fields, string? Problem) AccountRead(JsonElement body) => Read(body, Account, null);

    private static (IReadOnlyDictionary<string, JsonElement>?, string?) Read(JsonElement body, IReadOnlyList<FieldRule> rules, Action<RequestProblems>? rule)
    {
        var problems = new RequestProblems();
        var fields = ObjectShape.Check(body, string.Empty, rules, problems);
        rule?.Invoke(problems);
        return problems.Any ? (null, problems.First) : (fields, null);
    }
}
