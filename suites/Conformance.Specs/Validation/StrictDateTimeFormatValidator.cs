using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using NJsonSchema.Validation;
using NJsonSchema.Validation.FormatValidators;

namespace Conformance.Specs.Validation;

/// <summary>
/// <c>format: date-time</c> as RFC 3339 §5.6 date-time: a date, <c>T</c> (or <c>t</c>), a time with
/// optional fraction, and a required offset (<c>Z</c> or <c>±hh:mm</c>). NJsonSchema's own check also
/// accepts a bare date, which the format does not allow.
/// </summary>
internal sealed partial class StrictDateTimeFormatValidator : IFormatValidator
{
    public string Format => "date-time";

    public ValidationErrorKind ValidationErrorKind => ValidationErrorKind.DateTimeExpected;

    public bool IsValid(string value, JTokenType tokenType) =>
        tokenType == JTokenType.String && Rfc3339().IsMatch(value)
        && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc3339();
}
