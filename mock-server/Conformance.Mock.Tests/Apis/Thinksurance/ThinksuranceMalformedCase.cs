namespace Conformance.Mock.Tests.Apis.Thinksurance;

/// <summary>
/// One malformed request: the operation's method and path (<c>{token}</c> stands for a valid API
/// token), the body bytes as text (null: none), its content type, and whether the V1.1 headers
/// (bearer token, account tenant) are sent so the body is what gets judged.
/// </summary>
public sealed record ThinksuranceMalformedCase(string Operation, string Method, string Path, string? Body, string? ContentType, bool V11Headers, string Label)
{
    /// <summary>Raw bytes instead of <see cref="Body"/>, for encodings no string can carry.</summary>
    public byte[]? RawBytes { get; init; }

    public override string ToString() => $"{Operation}: {Label}";
}
