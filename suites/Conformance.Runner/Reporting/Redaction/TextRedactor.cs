namespace Conformance.Runner.Reporting.Redaction;

/// <summary>Masks secrets in one piece of free text: known credential values, then secret-looking patterns.</summary>
internal sealed class TextRedactor(IReadOnlyCollection<string> knownCredentials, int minimumLength)
{
    // Longest first, so a credential that contains another is masked whole.
    private readonly string[] _known = [.. knownCredentials.Where(c => c.Length >= minimumLength).OrderByDescending(c => c.Length)];

    public string? Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        foreach (var credential in _known)
        {
            text = text.Replace(credential, SecretPatterns.Mask, StringComparison.Ordinal);
        }

        text = SecretPatterns.AuthorizationHeaderText().Replace(text, m => m.Groups["key"].Value + SecretPatterns.Mask);
        text = SecretPatterns.JsonSecretProperty().Replace(text, m => m.Groups["key"].Value + "\"" + SecretPatterns.Mask + "\"");
        text = SecretPatterns.FormSecretParameter().Replace(text, m => m.Groups["key"].Value + SecretPatterns.Mask);
        text = SecretPatterns.UrlUserInfo().Replace(text, m => m.Groups["scheme"].Value + SecretPatterns.Mask + "@");
        return SecretPatterns.Jwt().Replace(text, SecretPatterns.Mask);
    }
}
