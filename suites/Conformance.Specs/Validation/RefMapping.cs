namespace Conformance.Specs.Validation;

/// <summary>References under <see cref="Prefix"/> (e.g. <c>http://localhost:1234/</c>) are read from <see cref="Directory"/>.</summary>
public sealed record RefMapping(Uri Prefix, string Directory)
{
    /// <summary>Reads <c>URL=DIR</c>; null when the text has no <c>=</c> or the URL is not absolute.</summary>
    public static RefMapping? Parse(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0 || !Uri.TryCreate(text[..equals], UriKind.Absolute, out var prefix) || equals == text.Length - 1)
        {
            return null;
        }

        return new RefMapping(prefix, Path.GetFullPath(text[(equals + 1)..]));
    }
}
