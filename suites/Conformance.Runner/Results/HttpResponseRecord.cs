namespace Conformance.Runner.Results;

/// <summary>A response as received. Secrets are masked; the body is truncated to the record limit.</summary>
public sealed record HttpResponseRecord
{
    public required int StatusCode { get; init; }
    public required IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; }
    public string? ContentType { get; init; }
    public string? Body { get; init; }

    /// <summary>True when <see cref="Body"/> was cut; <see cref="BodyLength"/> is the full length in bytes.</summary>
    public bool BodyTruncated { get; init; }
    public long BodyLength { get; init; }
}
