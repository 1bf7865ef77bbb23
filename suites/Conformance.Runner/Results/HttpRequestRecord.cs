namespace Conformance.Runner.Results;

/// <summary>A request as sent (or received, for callbacks). Secrets in headers and bodies are already masked.</summary>
public sealed record HttpRequestRecord
{
    public required string Method { get; init; }
    public required string Url { get; init; }
    public required IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; }

    /// <summary>Body text, truncated to the record limit; null when there is none.</summary>
    public string? Body { get; init; }
}
