using Conformance.Mock.Hosting;

namespace Conformance.Mock.Http;

/// <summary>What <see cref="JsonBodyReader"/> accepts. Defaults: 1 MiB, an object, no duplicate members, 64 levels.</summary>
public sealed record JsonBodyOptions
{
    public static JsonBodyOptions Default { get; } = new();

    public long MaxBytes { get; init; } = ReferenceProvider.MaxRequestBodyBytes;

    /// <summary>False: any JSON value is accepted (arrays, scalars).</summary>
    public bool RequireObject { get; init; } = true;

    public bool RejectDuplicateMembers { get; init; } = true;

    public int MaxDepth { get; init; } = 64;
}
