namespace Conformance.Runner.Transport;

/// <summary>
/// The one secret masker, used while exchanges are recorded and again on a finished run before
/// any report or log line is written. It masks:
/// <list type="bullet">
/// <item>values it was told are secret (<see cref="Add"/>: every resolved credential, every token
/// obtained at run time), wherever they appear;</item>
/// <item>credential headers (<c>Authorization</c>, <c>Cookie</c>, <c>X-…-Token</c>, <c>X-…-Key</c>, …),
/// keeping the scheme (<c>Bearer ***</c>);</item>
/// <item>secret-looking text: JSON members and form parameters named like secrets, compact JWTs,
/// user information in URLs, credential headers written as text (curl lines).</item>
/// </list>
/// Masking preserves everything else byte for byte and is idempotent. Thread-safe.
/// </summary>
public sealed class SecretMasker
{
    /// <summary>The text every masked value is replaced with.</summary>
    public const string Mask = "***";

    /// <summary>Shortest known value masked wherever it appears; shorter ones would mask ordinary text.</summary>
    public const int MinimumKnownLength = 6;

    private readonly Lock gate = new();
    private readonly bool frozen;
    private string[] known = [];

    public SecretMasker(IEnumerable<string>? knownSecrets = null)
    {
        foreach (var secret in knownSecrets ?? [])
        {
            Add(secret);
        }
    }

    private SecretMasker(bool frozen) => this.frozen = frozen;

    /// <summary>A masker knowing no values, for text with no run behind it.</summary>
    public static SecretMasker Patterns { get; } = new(frozen: true);

    /// <summary>Values masked wherever they appear, longest first.</summary>
    public IReadOnlyList<string> Known
    {
        get
        {
            lock (gate)
            {
                return known;
            }
        }
    }

    /// <summary>Registers a secret value (and its trimmed form); values shorter than <see cref="MinimumKnownLength"/> are ignored.</summary>
    public void Add(string secret)
    {
        if (frozen)
        {
            throw new InvalidOperationException("the pattern-only masker is shared and cannot learn values");
        }

        var values = new[] { secret, secret.Trim() }.Where(v => v.Length >= MinimumKnownLength && !v.Contains(Mask, StringComparison.Ordinal));
        lock (gate)
        {
            known = [.. known.Union(values, StringComparer.Ordinal).OrderByDescending(v => v.Length).ThenBy(v => v, StringComparer.Ordinal)];
        }
    }

    public static bool IsSecretHeader(string name) =>
        SecretPatterns.SecretHeaders.Contains(name)
        || name.StartsWith("X-", StringComparison.OrdinalIgnoreCase)
            && (name.EndsWith("-Token", StringComparison.OrdinalIgnoreCase) || name.EndsWith("-Key", StringComparison.OrdinalIgnoreCase));

    /// <summary>A credential with its scheme kept visible: <c>Bearer ***</c>, or <c>***</c> without a scheme.</summary>
    public static string MaskCredential(string value)
    {
        var scheme = SecretPatterns.AuthScheme().Match(value);
        return scheme.Success ? scheme.Value + Mask : Mask;
    }

    public string MaskHeaderValue(string name, string value) =>
        IsSecretHeader(name) ? MaskCredential(value) : MaskText(value) ?? string.Empty;

    public IReadOnlyList<KeyValuePair<string, string>> MaskHeaders(IEnumerable<KeyValuePair<string, string>> headers) =>
        [.. headers.Select(h => new KeyValuePair<string, string>(h.Key, MaskHeaderValue(h.Key, h.Value)))];

    /// <summary>Masks a body: JSON or form members named like secrets, and everything <see cref="MaskText"/> masks.</summary>
    public string? MaskBody(string? body) => MaskText(body);

    /// <summary>Masks known values, then secret-looking patterns, in free text.</summary>
    public string? MaskText(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        foreach (var secret in Known)
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        text = SecretPatterns.AuthorizationHeaderText().Replace(text, m => m.Groups["key"].Value + Mask);
        text = SecretPatterns.JsonSecretProperty().Replace(text, m => m.Groups["key"].Value + "\"" + Mask + "\"");
        text = SecretPatterns.FormSecretParameter().Replace(text, m => m.Groups["key"].Value + Mask);
        text = SecretPatterns.UrlUserInfo().Replace(text, m => m.Groups["scheme"].Value + Mask + "@");
        return SecretPatterns.Jwt().Replace(text, Mask);
    }
}
