namespace Conformance.Mock.Tests.Support.Tiny;

/// <summary>The test-only API's <c>seed.yaml</c>.</summary>
public sealed record TinySeedSettings
{
    public required IReadOnlyList<string> Items { get; init; }
    public string Greeting { get; init; } = "hello";
}
