using System.Text.Json;
using System.Text.RegularExpressions;

namespace Conformance.Mock.Apis.Thinksurance.Validation;

/// <summary>
/// Checks one closed JSON object against its field rules: required fields present and not null, values
/// of the declared type and bounds, no field the contract does not define. Nested arrays and objects
/// are only type-checked here; their owners walk into them.
/// </summary>
public static partial class ObjectShape
{
    public static string PathOf(string parent, string name) => parent.Length == 0 ? name : $"{parent}.{name}";

    public static string PathOf(string parent, int index) => $"{parent}[{index}]";

    /// <returns>The fields that are present with a value of the right type (for the caller's own rules).</returns>
    public static IReadOnlyDictionary<string, JsonElement> Check(JsonElement value, string path, IReadOnlyList<FieldRule> rules, RequestProblems problems)
    {
        var valid = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            var fieldPath = PathOf(path, rule.Name);
            if (!value.TryGetProperty(rule.Name, out var field) || field.ValueKind == JsonValueKind.Null)
            {
                if (rule.Required)
                {
                    problems.Add(ProblemRank.Missing, ThinksuranceErrors.Missing(fieldPath));
                }
                else if (field.ValueKind == JsonValueKind.Null)
                {
                    problems.Add(ProblemRank.Invalid, ThinksuranceErrors.Invalid(fieldPath));
                }

                continue;
            }

            if (Fits(rule, field))
            {
                valid[rule.Name] = field;
            }
            else
            {
                problems.Add(ProblemRank.Invalid, ThinksuranceErrors.Invalid(fieldPath));
            }
        }

        foreach (var member in value.EnumerateObject())
        {
            if (!rules.Any(r => r.Name == member.Name))
            {
                problems.Add(ProblemRank.Unknown, ThinksuranceErrors.Unknown(PathOf(path, member.Name)));
            }
        }

        return valid;
    }

    /// <summary>A string field given with a non-empty value (empty optional strings count as absent).</summary>
    public static string? Text(IReadOnlyDictionary<string, JsonElement> fields, string name) =>
        fields.TryGetValue(name, out var value) && value.GetString() is { Length: > 0 } text ? text : null;

    private static bool Fits(FieldRule rule, JsonElement field) => rule.Kind switch
    {
        FieldKind.String => field.ValueKind == JsonValueKind.String && FitsText(rule, field.GetString()!),
        FieldKind.Boolean => field.ValueKind is JsonValueKind.True or JsonValueKind.False,
        FieldKind.Integer => field.ValueKind == JsonValueKind.Number && field.TryGetInt64(out var number)
            && number >= rule.MinValue && number <= rule.MaxValue && (rule.Integers is null || rule.Integers.Contains(number)),
        FieldKind.Array => field.ValueKind == JsonValueKind.Array && field.GetArrayLength() >= rule.Min && field.GetArrayLength() <= rule.Max,
        _ => field.ValueKind == JsonValueKind.Object,
    };

    private static bool FitsText(FieldRule rule, string text) =>
        text.Length >= rule.Min && text.Length <= rule.Max
        && (rule.Strings is null || rule.Strings.Contains(text))
        && (!rule.Email || EmailPattern().IsMatch(text));

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}
