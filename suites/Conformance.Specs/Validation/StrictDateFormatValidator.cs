using Newtonsoft.Json.Linq;
using NJsonSchema.Validation;
using NJsonSchema.Validation.FormatValidators;

namespace Conformance.Specs.Validation;

/// <summary><c>format: date</c> as RFC 3339 full-date only: exactly <c>yyyy-MM-dd</c>, a real calendar day.</summary>
internal sealed class StrictDateFormatValidator : IFormatValidator
{
    public string Format => "date";

    public ValidationErrorKind ValidationErrorKind => ValidationErrorKind.DateExpected;

    public bool IsValid(string value, JTokenType tokenType) => tokenType == JTokenType.String && Rfc3339.IsFullDate(value);
}
