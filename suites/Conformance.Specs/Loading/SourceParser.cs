namespace Conformance.Specs.Loading;

/// <summary>
/// Chooses the reader from the content: text whose first significant character is <c>{</c> or
/// <c>[</c> is read as JSON, anything else as YAML. JSON with a syntax error is retried as YAML
/// (a YAML flow mapping also starts with <c>{</c>); when both fail the JSON error is reported.
/// </summary>
internal static class SourceParser
{
    public static ParsedSource Parse(string text, string source)
    {
        var first = text.AsSpan().TrimStart("\uFEFF \t\r\n");
        if (first.IsEmpty)
        {
            return ParsedSource.Failed(new SpecDiagnostic(DiagnosticSeverity.Error, "The document is empty.", source));
        }

        if (first[0] is not ('{' or '['))
        {
            return YamlSourceReader.Read(text, source);
        }

        var json = JsonSourceReader.Read(text.TrimStart('\uFEFF'), source);
        if (json.Error is not { } error || !error.Message.StartsWith(JsonSourceReader.SyntaxErrorPrefix, StringComparison.Ordinal))
        {
            return json;
        }

        var yaml = YamlSourceReader.Read(text, source);
        return yaml.Error is null ? yaml : json;
    }
}
