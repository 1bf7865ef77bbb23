using System.Text.Json;

namespace Conformance.Mock.Apis.Thinksurance.Validation;

/// <summary>Reads the bodies of the reference provider's extension operations (the contract's tag "Reference provider extensions").</summary>
public static class AdminRequests
{
    private static readonly IReadOnlyList<FieldRule> Target = [FieldRule.Text("url", 1, 2048, required: true)];
    private static readonly IReadOnlyList<FieldRule> Inquiry = [FieldRule.Text("bExternalId", 1, 64, required: true)];
    private static readonly IReadOnlyList<FieldRule> UserState = [FieldRule.Flag("active", required: true)];
    private static readonly IReadOnlyList<FieldRule> Clock = [FieldRule.Number("seconds", 0, 315_360_000, required: true)];

    /// <summary>An absolute http(s) URL, else <c>Invalid value for field: url</c>.</summary>
    public static (Uri? Url, string? Problem) WebhookTarget(JsonElement body)
    {
        var (fields, problem) = Read(body, Target);
        if (fields is null)
        {
            return (null, problem);
        }

        return Uri.TryCreate(fields["url"].GetString(), UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            ? (url, null)
            : (null, ThinksuranceErrors.Invalid("url"));
    }

    public static (string? BrokerExternalId, string? Problem) NewInquiry(JsonElement body)
    {
        var (fields, problem) = Read(body, Inquiry);
        return fields is null ? (null, problem) : (fields["bExternalId"].GetString(), null);
    }

    /// <summary>The fields of a valid body: <c>active</c>.</summary>
    public static (IReadOnlyDictionary<string, JsonElement>? Fields, string? Problem) ApiUserState(JsonElement body) => Read(body, UserState);

    /// <summary>The fields of a valid body: <c>seconds</c>.</summary>
    public static (IReadOnlyDictionary<string, JsonElement>? Fields, string? Problem) ClockAdvance(JsonElement body) => Read(body, Clock);

    private static (IReadOnlyDictionary<string, JsonElement>?, string?) Read(JsonElement body, IReadOnlyList<FieldRule> rules)
    {
        var problems = new RequestProblems();
        var fields = ObjectShape.Check(body, string.Empty, rules, problems);
        return problems.Any ? (null, problems.First) : (fields, null);
    }
}
