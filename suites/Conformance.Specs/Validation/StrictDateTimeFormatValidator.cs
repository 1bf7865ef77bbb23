using Newtonsoft.Json.Linq;
using NJsonSchema.Validation;
using NJsonSchema.Validation.FormatValidators;

namespace Conformance.Specs.Validation;

/// <summary>
/// <c>format: date-time</c> as RFC 3339 §5.6 date-time: a date, <c>T</c>, a time with optional
/// fraction, and a required offset (<c>Z</c> or <c>±hh:mm</c>). NJsonSchema's own check also accepts
/// a bare date, which the format does not allow.
/// </summary>
internal sealed class StrictDateTimeFormatValidator : IFormatValidator
{
    public string Format => "date-time";

    public ValidationErrorKind ValidationErrorKind => ValidationErrorKind.DateTimeExpected;

    public bool IsValid(string value, JTokenType tokenType) => tokenType == JTokenType.String && Rfc3339.IsDateTime(value);
}
