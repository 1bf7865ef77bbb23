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

    /// <summary>120 → 130 delay on the provider clock; null = seed.yaml (default 5 s).</summary>
    public TimeSpan? ProposalDelay { get; init; }

    /// <summary>230 → 320 delay on the provider clock; null = seed.yaml (default 10 s).</summary>
    public TimeSpan? ActivationDelay { get; init; }

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
    /// Extra trusted FiNUM consumer keys: issuer → PEM file with a public key (RSA or EC). The
    /// test-only key in <c>fixtures/credentials/finum/consumer.pub.pem</c> is always trusted for
    /// <c>conformance-test-consumer</c>.
    /// </summary>
    public IReadOnlyDictionary<string, string> TrustedConsumerKeys { get; init; } = new Dictionary<string, string>();

    /// <summary>Most requests kept in the request journal (oldest dropped first).</summary>
    public int JournalCapacity { get; init; } = 1000;

    /// <summary>Log level floor for the provider's own console logging.</summary>
    public bool Quiet { get; init; }
}
