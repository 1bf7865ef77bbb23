using Conformance.Mock.Text;

namespace Conformance.Mock.Apis.Finum;

/// <summary>
/// FiNUM's own command-line options: <c>--set finum.proposalDelay=5s</c>, <c>--set finum.activationDelay=10s</c>,
/// <c>--set finum.trustKey=&lt;issuer&gt;=&lt;pem file&gt;</c> (repeatable); the older <c>--proposal-delay</c>,
/// <c>--activation-delay</c> and <c>--trust-key</c> spellings remain.
/// </summary>
public sealed record FinumOptions
{
    public const string ProposalDelayName = "proposalDelay";
    public const string ActivationDelayName = "activationDelay";
    public const string TrustKeyName = "trustKey";

    /// <summary>120 → 130 on the provider clock; null = seed.yaml.</summary>
    public TimeSpan? ProposalDelay { get; init; }

    /// <summary>230 → 320 on the provider clock; null = seed.yaml.</summary>
    public TimeSpan? ActivationDelay { get; init; }

    /// <summary>Extra trusted consumer keys: issuer → PEM file (RSA or EC public key).</summary>
    public IReadOnlyDictionary<string, string> TrustedConsumerKeys { get; init; } = new Dictionary<string, string>();

    public static IReadOnlyList<ModuleOption> Declared { get; } =
    [
        new()
        {
            Name = ProposalDelayName,
            ValueHint = "<duration>",
            Description = "120 -> 130 delay on the provider clock (default: seed.yaml, 2 s)",
            Aliases = ["--proposal-delay", "--finum-proposal-delay"],
            EmbeddedValue = "300ms",
            Validate = DurationText.Check,
        },
        new()
        {
            Name = ActivationDelayName,
            ValueHint = "<duration>",
            Description = "230 -> 320 delay on the provider clock (default: seed.yaml, 2 s)",
            Aliases = ["--activation-delay", "--finum-activation-delay"],
            EmbeddedValue = "300ms",
            Validate = DurationText.Check,
        },
        new()
        {
            Name = TrustKeyName,
            ValueHint = "<issuer>=<pem file>",
            Description = "trust another consumer's public key (repeatable)",
            Repeatable = true,
            Aliases = ["--trust-key", "--finum-trust-key"],
            Validate = CheckTrustKey,
        },
    ];

    /// <summary>Reads the values given on the command line (already validated by the parser; checked again for callers that build options in code).</summary>
    public static FinumOptions From(ModuleContext context, string apiId)
    {
        ArgumentNullException.ThrowIfNull(context);
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in context.Values(apiId, TrustKeyName))
        {
            var (issuer, file) = SplitTrustKey(pair) ?? throw new ArgumentException($"{apiId}.{TrustKeyName} {CheckTrustKey(pair)}");
            keys[issuer] = file;
        }

        return new FinumOptions
        {
            ProposalDelay = Duration(context, apiId, ProposalDelayName),
            ActivationDelay = Duration(context, apiId, ActivationDelayName),
            TrustedConsumerKeys = keys,
        };
    }

    private static TimeSpan? Duration(ModuleContext context, string apiId, string name) =>
        context.Value(apiId, name) switch
        {
            null => null,
            var text when DurationText.TryParse(text, out var value) => value,
            var text => throw new ArgumentException($"{apiId}.{name} {DurationText.Check(text)}"),
        };

    private static string? CheckTrustKey(string text) =>
        SplitTrustKey(text) is null ? $"expects <issuer>=<pem file>, got '{text}'." : null;

    private static (string Issuer, string File)? SplitTrustKey(string text)
    {
        var at = text.IndexOf('=', StringComparison.Ordinal);
        return at > 0 && at < text.Length - 1 ? (text[..at], text[(at + 1)..]) : null;
    }
}
