using Conformance.Mock.Apis;

namespace Conformance.Mock.Hosting;

/// <summary>How one reference provider instance runs. Defaults serve every API on 127.0.0.1:5080.</summary>
public sealed record ReferenceProviderOptions
{
    /// <summary>Kestrel URLs. <c>http://127.0.0.1:0</c> picks a free port (see <see cref="RunningReferenceProvider.BaseAddress"/>).</summary>
    public IReadOnlyList<string> Urls { get; init; } = ["http://127.0.0.1:5080"];

    /// <summary>The global seed every entity's data derives from.</summary>
    public int Seed { get; init; } = 20260101;

    /// <summary>Entity counts by <c>api.type</c> (e.g. <c>finum.contract</c> → 1000), over seed.yaml.</summary>
    public IReadOnlyDictionary<string, int> SeedCounts { get; init; } = new Dictionary<string, int>();

    /// <summary>Defect names (see <see cref="ReferenceProvider.ListDefects"/>); unknown names fail the start.</summary>
    public IReadOnlySet<string> Defects { get; init; } = new HashSet<string>();

    /// <summary>Callback targets allowed: CIDR blocks, IP addresses or exact host names. Loopback by default.</summary>
    public IReadOnlyList<string> CallbackAllowList { get; init; } = ["127.0.0.0/8", "::1", "localhost"];

    /// <summary>False: <c>/__admin</c> answers only loopback clients (others get 403).</summary>
    public bool AdminOpenToNetwork { get; init; }

    /// <summary>When set, <c>/__admin</c> requires <c>Authorization: Bearer &lt;token&gt;</c>.</summary>
    public string? AdminToken { get; init; }

    /// <summary>Fixtures folder; null = <see cref="Conformance.Specs.FixturePaths.Require"/>.</summary>
    public string? FixturesDirectory { get; init; }

    /// <summary>Base of the provider clock; null = <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider? BaseTimeProvider { get; init; }

    /// <summary>
    /// Values for the modules' own options (<see cref="IApiModule.Options"/>), in command-line order,
    /// e.g. (<c>finum</c>, <c>proposalDelay</c>, <c>300ms</c>). Unknown names fail the start.
    /// </summary>
    public IReadOnlyList<ModuleSetting> ModuleSettings { get; init; } = [];

    /// <summary>The API modules to serve; null = every module discovered in this assembly.</summary>
    public IReadOnlyList<IApiModule>? Modules { get; init; }

    /// <summary>Most requests kept in the request journal (oldest dropped first).</summary>
    public int JournalCapacity { get; init; } = 1000;

    /// <summary>The server in front of the modules (<see cref="ProviderEngine.WireMock"/> by default).</summary>
    public ProviderEngine Engine { get; init; } = ProviderEngine.WireMock;

    /// <summary>
    /// WireMock engine only: a folder of WireMock.Net mapping files (<c>*.json</c>, each one mapping or
    /// an array) loaded at start and again on reset; a mapping that matches every request fails the start.
    /// </summary>
    public string? MappingsDirectory { get; init; }

    /// <summary>Log level floor for the provider's own console logging.</summary>
    public bool Quiet { get; init; }

    /// <summary>A copy with one more module option value (see <see cref="ModuleSettings"/>).</summary>
    public ReferenceProviderOptions WithModuleSetting(string apiId, string name, string value) =>
        this with { ModuleSettings = [.. ModuleSettings, new ModuleSetting(apiId, name, value)] };
}
