using Newtonsoft.Json.Linq;
using NJsonSchema.Validation;

namespace Conformance.Specs.Validation;

/// <summary>
/// Turns NJsonSchema errors into findings. Wrapper errors whose meaning is "something inside failed"
/// (an array item, an additional property, an <c>allOf</c> branch) are replaced by the errors inside
/// them; <c>oneOf</c>/<c>anyOf</c> failures stay one finding that summarises the branches.
/// </summary>
internal static class FindingMapper
{
    public static List<SchemaFinding> Map(IEnumerable<ValidationError> errors, JToken instance, CompiledSchema compiled)
    {
        var findings = new List<SchemaFinding>();
        foreach (var error in errors)
        {
            Add(error, instance, compiled, findings, 0);
        }

        return findings;
    }

    private static void Add(ValidationError error, JToken instance, CompiledSchema compiled, List<SchemaFinding> findings, int depth)
    {
        if (error is ChildSchemaValidationError child && depth < 64
            && error.Kind is ValidationErrorKind.ArrayItemNotValid or ValidationErrorKind.AdditionalItemNotValid
                or ValidationErrorKind.AdditionalPropertiesNotValid or ValidationErrorKind.NotAllOf)
        {
            foreach (var inner in child.Errors.SelectMany(e => e.Value))
            {
                Add(inner, instance, compiled, findings, depth + 1);
            }

            if (child.Errors.Values.Any(e => e.Count > 0))
            {
                return;
            }
        }

        var pointer = InstancePaths.ToPointer(error.Path, instance);
        var schemaPointer = error.Schema is not null && compiled.Pointers.TryGetValue(error.Schema, out var p) ? p : compiled.RootPointer;
        var keyword = Keyword(error.Kind);
        findings.Add(new SchemaFinding(pointer, keyword, Message(error, keyword, pointer), schemaPointer));
    }

    private static string Message(ValidationError error, string keyword, string pointer)
    {
        var at = pointer.Length == 0 ? "the instance" : $"'{pointer}'";
        return error switch
        {
            ChildSchemaValidationError child when keyword is "oneOf" or "anyOf" => Branches(child, keyword, at),
            _ => error.Kind switch
            {
                ValidationErrorKind.PropertyRequired => $"Required property '{error.Property}' is missing.",
                ValidationErrorKind.NoAdditionalPropertiesAllowed => $"Property '{error.Property}' is not allowed here.",
                ValidationErrorKind.NotInEnumeration => $"The value at {at} is not one of the allowed values.",
                _ when keyword == "type" => $"The value at {at} has the wrong type ({Describe(error.Kind)}).",
                _ when keyword == "format" => $"The value at {at} is not a valid {Describe(error.Kind).Replace(" expected", string.Empty, StringComparison.Ordinal)}.",
                _ => $"The value at {at} breaks '{keyword}' ({Describe(error.Kind)}).",
            },
        };
    }

    private static string Branches(ChildSchemaValidationError error, string keyword, string at)
    {
        var failing = error.Errors.Count(e => e.Value.Count > 0);
        var passing = error.Errors.Count - failing;
        if (passing > 1)
        {
            return $"The value at {at} matches {passing} branches of '{keyword}'; exactly one must match.";
        }

        var first = error.Errors.SelectMany(e => e.Value).Take(3).Select(e => $"{Describe(e.Kind)} at {e.Path}");
        return $"The value at {at} matches no branch of '{keyword}' (first problems: {string.Join("; ", first)}).";
    }

    private static string Describe(ValidationErrorKind kind)
    {
        var name = kind.ToString();
        var words = new System.Text.StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ');
            }

            words.Append(char.ToLowerInvariant(c));
        }

        return words.ToString();
    }

    /// <summary>The JSON Schema keyword behind an NJsonSchema error kind.</summary>
    public static string Keyword(ValidationErrorKind kind) => kind switch
    {
        ValidationErrorKind.StringExpected or ValidationErrorKind.NumberExpected or ValidationErrorKind.IntegerExpected
            or ValidationErrorKind.BooleanExpected or ValidationErrorKind.ObjectExpected or ValidationErrorKind.ArrayExpected
            or ValidationErrorKind.NullExpected or ValidationErrorKind.NoTypeValidates => "type",
        ValidationErrorKind.PropertyRequired => "required",
        ValidationErrorKind.NoAdditionalPropertiesAllowed or ValidationErrorKind.AdditionalPropertiesNotValid => "additionalProperties",
        ValidationErrorKind.PatternMismatch => "pattern",
        ValidationErrorKind.StringTooShort => "minLength",
        ValidationErrorKind.StringTooLong => "maxLength",
        ValidationErrorKind.NumberTooSmall => "minimum",
        ValidationErrorKind.NumberTooBig or ValidationErrorKind.IntegerTooBig => "maximum",
        ValidationErrorKind.NumberNotMultipleOf or ValidationErrorKind.IntegerNotMultipleOf => "multipleOf",
        ValidationErrorKind.TooFewItems => "minItems",
        ValidationErrorKind.TooManyItems => "maxItems",
        ValidationErrorKind.ItemsNotUnique => "uniqueItems",
        ValidationErrorKind.TooManyItemsInTuple or ValidationErrorKind.AdditionalItemNotValid => "additionalItems",
        ValidationErrorKind.ArrayItemNotValid => "items",
        ValidationErrorKind.TooFewProperties => "minProperties",
        ValidationErrorKind.TooManyProperties => "maxProperties",
        ValidationErrorKind.NotInEnumeration => "enum",
        ValidationErrorKind.NotAnyOf => "anyOf",
        ValidationErrorKind.NotOneOf => "oneOf",
        ValidationErrorKind.NotAllOf => "allOf",
        ValidationErrorKind.ExcludedSchemaValidates => "not",
        ValidationErrorKind.DateTimeExpected or ValidationErrorKind.DateExpected or ValidationErrorKind.TimeExpected
            or ValidationErrorKind.TimeSpanExpected or ValidationErrorKind.EmailExpected or ValidationErrorKind.HostnameExpected
            or ValidationErrorKind.IpV4Expected or ValidationErrorKind.IpV6Expected or ValidationErrorKind.GuidExpected
            or ValidationErrorKind.UuidExpected or ValidationErrorKind.UriExpected or ValidationErrorKind.Base64Expected => "format",
        _ => kind.ToString(),
    };
}
