using Conformance.Mock.Clock;
using Conformance.Mock.Hosting;

namespace Conformance.Mock.Apis;

/// <summary>
/// What one module gets to configure itself: the provider's options, the shared fixtures folder, its
/// own fixtures folder (where its <c>seed.yaml</c> is), the provider clock and the values given for
/// the options it declared.
/// </summary>
public sealed record ModuleContext
{
    public required ReferenceProviderOptions Options { get; init; }

    /// <summary>The shared fixtures folder (contracts, credentials), e.g. <c>fixtures</c>.</summary>
    public required string FixturesDirectory { get; init; }

    /// <summary>This module's own folder, e.g. <c>fixtures/apis/finum</c>.</summary>
    public required string ModuleDirectory { get; init; }

    public required ProviderClock Clock { get; init; }

    /// <summary>The module's <c>seed.yaml</c> (it need not exist).</summary>
    public string SeedFile => Path.Combine(ModuleDirectory, "seed.yaml");

    /// <summary>Every value given for one of this module's options, in command-line order.</summary>
    public IReadOnlyList<string> Values(string apiId, string optionName) =>
        [.. Options.ModuleSettings.Where(s => s.ApiId == apiId && s.Name == optionName).Select(s => s.Value)];

    /// <summary>The last value given for an option, or null.</summary>
    public string? Value(string apiId, string optionName) => Values(apiId, optionName) is { Count: > 0 } all ? all[^1] : null;
}
