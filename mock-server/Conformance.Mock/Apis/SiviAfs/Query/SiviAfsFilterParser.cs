using System.Text.RegularExpressions;
using Conformance.Mock.Apis.SiviAfs.Catalog;

namespace Conformance.Mock.Apis.SiviAfs.Query;

/// <summary>One <c>_filter</c> condition against the catalogue: path, operator and typed values (contract, parameter <c>_filter</c>).</summary>
public static class SiviAfsFilterParser
{
    private static readonly Dictionary<string, SiviAfsOperator> Operators = new(StringComparer.Ordinal)
    {
        ["eq"] = SiviAfsOperator.Eq, ["ne"] = SiviAfsOperator.Ne, ["lt"] = SiviAfsOperator.Lt, ["le"] = SiviAfsOperator.Le,
        ["gt"] = SiviAfsOperator.Gt, ["ge"] = SiviAfsOperator.Ge, ["like"] = SiviAfsOperator.Like, ["in"] = SiviAfsOperator.In,
        ["contains"] = SiviAfsOperator.Contains, ["isnull"] = SiviAfsOperator.IsNull, ["isempty"] = SiviAfsOperator.IsEmpty,
    };

    public static SiviAfsCondition? Parse(string text, SiviAfsStructure structure) => Read(text, structure, out _);

    /// <summary>Why <see cref="Parse"/> refused the condition.</summary>
    public static string Explain(string text, SiviAfsStructure structure)
    {
        _ = Read(text, structure, out var reason);
        return reason;
    }

    private static SiviAfsCondition? Read(string text, SiviAfsStructure structure, out string reason)
    {
        var parts = text.Split('|');
        if (parts.Length != 3 || parts[2].Length == 0)
        {
            reason = "expected entity.entityType.attribute|operator|value.";
            return null;
        }

        var path = parts[0].Split('.');
        if (path.Length != 3 || path.Any(p => p.Length == 0))
        {
            reason = "the attribute path is missing or is not entity.entityType.attribute.";
            return null;
        }

        if (structure.Find(path[0]) is not { } entity)
        {
            reason = $"unknown entity '{path[0]}'.";
            return null;
        }

        if (!entity.EntityTypes.Contains(path[1]))
        {
            reason = $"unknown entity type '{path[1]}' of {entity.Name}.";
            return null;
        }

        if (!entity.Attributes.TryGetValue(path[2], out var attribute))
        {
            reason = $"unknown attribute '{path[2]}' of {entity.Name}.";
            return null;
        }

        if (!Operators.TryGetValue(parts[1], out var op))
        {
            reason = $"unknown operator '{parts[1]}'.";
            return null;
        }

        return Typed(entity.Name, path[1], attribute, op, parts[2], out reason);
    }

    private static SiviAfsCondition? Typed(string entity, string entityType, SiviAfsAttribute attribute, SiviAfsOperator op, string value, out string reason)
    {
        reason = string.Empty;
        if (op is SiviAfsOperator.IsNull or SiviAfsOperator.IsEmpty)
        {
            if (value is not ("true" or "false"))
            {
                reason = $"{op.ToString().ToLowerInvariant()} takes true or false, not '{value}'.";
                return null;
            }

            return new SiviAfsCondition(entity, entityType, attribute, op, []) { Flag = value == "true" };
        }

        if (attribute.IsArray != (op == SiviAfsOperator.Contains))
        {
            reason = attribute.IsArray ? $"{attribute.Name} is an array: only contains, isnull and isempty apply." : $"contains applies to array attributes only; {attribute.Name} is not one.";
            return null;
        }

        if ((op == SiviAfsOperator.Like && attribute.Kind != SiviAfsAttributeKind.String)
            || (op is SiviAfsOperator.Lt or SiviAfsOperator.Le or SiviAfsOperator.Gt or SiviAfsOperator.Ge && attribute.Kind == SiviAfsAttributeKind.Boolean))
        {
            reason = $"the operator does not apply to {attribute.Name} ({attribute.Kind.ToString().ToLowerInvariant()}).";
            return null;
        }

        var texts = op is SiviAfsOperator.In or SiviAfsOperator.Contains ? value.Split(';') : [value];
        var values = new List<object>();
        foreach (var text in texts)
        {
            if (text.Length == 0 || SiviAfsScalar.Parse(text, attribute.Kind) is not { } typed)
            {
                reason = $"'{text}' is not a value of type {attribute.Kind.ToString().ToLowerInvariant()}.";
                return null;
            }

            values.Add(typed);
        }

        return new SiviAfsCondition(entity, entityType, attribute, op, values)
        {
            Like = op == SiviAfsOperator.Like ? WildcardRegex(value) : null,
        };
    }

    /// <summary><c>*</c> = any run of characters, <c>?</c> = exactly one; the rest literal; case-insensitive.</summary>
    private static Regex WildcardRegex(string pattern) =>
        new("^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromMilliseconds(100));
}
