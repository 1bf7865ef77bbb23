using Conformance.Mock.Apis;

namespace Conformance.Mock.Hosting;

/// <summary>What an embedded reference provider is started with; everything optional.</summary>
public sealed record EmbeddedProviderRequest
{
    /// <summary>Null = <see cref="Conformance.Specs.FixturePaths.Require"/>.</summary>
    public string? FixturesDirectory { get; init; }

    /// <summary>Null = the default global seed.</summary>
    public int? Seed { get; init; }

    public IReadOnlySet<string> Defects { get; init; } = new HashSet<string>();

    /// <summary>Module option values over the modules' <see cref="ModuleOption.EmbeddedValue"/>s.</summary>
    public IReadOnlyList<ModuleSetting> ModuleSettings { get; init; } = [];

    /// <summary>Null = every discovered module.</summary>
    public IReadOnlyList<IApiModule>? Modules { get; init; }

    /// <summary>Null = the default engine (<see cref="ProviderEngine.WireMock"/>).</summary>
    public ProviderEngine? Engine { get; init; }

    /// <summary>Null = the system clock.</summary>
    public TimeProvider? BaseTimeProvider { get; init; }
}
