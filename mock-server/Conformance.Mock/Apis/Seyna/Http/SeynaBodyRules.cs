using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Mock.Apis.Seyna.Model;
using Conformance.Specs.Loading;
using Conformance.Specs.Model;

namespace Conformance.Mock.Apis.Seyna.Http;

/// <summary>
/// Reads a PUT body into the client-owned content of a version, or says why it is refused (400): the
/// contract's own request schema (loaded from <c>openapi.yaml</c>, so provider and contract cannot
/// drift), then path/body consistency, dates and the cover period. Numbers are kept as decimals.
/// </summary>
public sealed class SeynaBodyRules(string contractFile)
{
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal) { "object", "id", "portfolio_id", "product_id", "version", "creation_date", "last_update" };
    private readonly Lazy<Task<ApiSpec?>> contract = new(() => Task.Run(() => Load(contractFile)));

    /// <summary>
    /// The contract, loaded once on the thread pool when the first body is to be read: only PUT bodies
    /// need it, so the provider's start does not wait for it (about 0.3 s of parsing). Null without one
    /// (a fixtures folder lacking Seyna's serves no portfolio, so no body is ever read); a contract
    /// that does not load faults the task with <see cref="InvalidOperationException"/> and the reason.
    /// </summary>
    public Task<ApiSpec?> ContractAsync() => contract.Value;

    /// <summary>(content, timestamp, parent, null) or (null, default, null, why), judged by <paramref name="loaded"/> (from <see cref="ContractAsync"/>).</summary>
    public static (JsonObject? Content, DateTimeOffset Timestamp, string? Parent, string? Problem) Read(ApiSpec loaded, SeynaKind kind, SeynaPortfolio portfolio, string id, JsonElement body)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        var schema = loaded.FindSchema("#/components/schemas/" + kind.InputSchema)!;
        if (!loaded.Validator.IsValid(schema, body))
        {
            var finding = loaded.Validator.Validate(schema, JsonSerializer.SerializeToNode(body)).Findings is [var first, ..] ? first : null;
            return Refuse(finding is null ? "the body does not match " + kind.InputSchema : $"{Field(finding.InstancePointer)}: {finding.Message}");
        }

        if ((Mismatch(body, "id", id) ?? Mismatch(body, "portfolio_id", portfolio.Id) ?? Mismatch(body, "product_id", portfolio.ProductId)) is { } mismatch)
        {
            return Refuse(mismatch);
        }

        var content = new JsonObject();
        foreach (var member in body.EnumerateObject())
        {
            if (Ignored.Contains(member.Name))
            {
                continue;
            }

            if (SeynaDates.Members.Contains(member.Name))
            {
                if (!SeynaDates.TryParse(member.Value.GetString()!, out var instant))
                {
                    return Refuse($"{member.Name}: not a date (YYYY-MM-DD) or an RFC 3339 date-time with offset");
                }

                content[member.Name] = SeynaDates.Format(instant);
                continue;
            }

            var (value, problem) = member.Name == "product_data" ? (JsonNode.Parse(member.Value.GetRawText()), null) : Copy(member.Value, member.Name);
            if (problem is not null)
            {
                return Refuse(problem);
            }

            content[member.Name] = value;
        }

        content["product_data"] ??= new JsonObject();
        if (content["start_cover_date"] is { } start && content["end_cover_date"] is { } end
            && string.CompareOrdinal(end.GetValue<string>(), start.GetValue<string>()) < 0)
        {
            return Refuse("end_cover_date: before start_cover_date");
        }

        // The timestamp is required by the schema and was parsed above.
        _ = SeynaDates.TryParse(content["timestamp"]!.GetValue<string>(), out var timestamp);
        return (content, timestamp, kind.ParentMember is { } parent ? content[parent]?.GetValue<string>() : null, null);
    }

    private static (JsonObject?, DateTimeOffset, string?, string?) Refuse(string problem) => (null, default, null, problem);

    private static string Field(string pointer) => pointer.Length == 0 ? "body" : pointer.TrimStart('/').Replace('/', '.');

    private static string? Mismatch(JsonElement body, string member, string expected) =>
        body.TryGetProperty(member, out var value) && value.GetString() != expected ? $"{member}: must be '{expected}' (from the path and portfolio)" : null;

    /// <summary>A copy with numbers as normalised decimals; a number no decimal can hold is refused.</summary>
    private static (JsonNode? Value, string? Problem) Copy(JsonElement value, string at)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                var obj = new JsonObject();
                foreach (var member in value.EnumerateObject())
                {
                    var (child, problem) = Copy(member.Value, at + "." + member.Name);
                    if (problem is not null)
                    {
                        return (null, problem);
                    }

                    obj[member.Name] = child;
                }

                return (obj, null);
            case JsonValueKind.Array:
                var array = new JsonArray();
                foreach (var item in value.EnumerateArray())
                {
                    var (child, problem) = Copy(item, at);
                    if (problem is not null)
                    {
                        return (null, problem);
                    }

                    array.Add(child);
                }

                return (array, null);
            case JsonValueKind.Number:
                return value.TryGetDecimal(out var amount) ? (JsonValue.Create(SeynaContent.Normalise(amount)), null) : (null, $"{at}: not a decimal amount");
            default:
                return (JsonNode.Parse(value.GetRawText()), null);
        }
    }

    private static ApiSpec? Load(string file)
    {
        if (!File.Exists(file))
        {
            return null;
        }

        var loaded = SpecLoader.LoadFile(file);
        return loaded.Spec ?? throw new InvalidOperationException($"The Seyna contract {file} does not load: {string.Join("; ", loaded.Diagnostics)}");
    }
}
