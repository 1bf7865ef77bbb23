namespace Conformance.Mock.Apis.Seyna;

/// <summary>A trusted API key (HTTP Basic user name) and the portfolios it may see; its secret lives in <c>fixtures/credentials/seyna/</c>.</summary>
public sealed record SeynaApiKey
{
    public required string Id { get; init; }
    public required IReadOnlyList<string> Portfolios { get; init; }
}
