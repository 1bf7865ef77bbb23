using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using NJsonSchema.Validation;
using NJsonSchema.Validation.FormatValidators;

namespace Conformance.Specs.Validation;

/// <summary>
/// <c>format: uri</c> as JSON Schema defines it: an absolute URI with a scheme (relative references
/// are <c>uri-reference</c>). The scheme is checked explicitly because .NET on Unix reads
/// <c>/path</c> as an absolute file URI.
/// </summary>
internal sealed partial class StrictUriFormatValidator : IFormatValidator
{
    public string Format => "uri";

    public ValidationErrorKind ValidationErrorKind => ValidationErrorKind.UriExpected;

    public bool IsValid(string value, JTokenType tokenType) =>
        tokenType == JTokenType.String && Scheme().IsMatch(value) && !value.Contains(' ', StringComparison.Ordinal)
        && Uri.TryCreate(value, UriKind.Absolute, out _);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:", RegexOptions.CultureInvariant)]
    private static partial Regex Scheme();
}
