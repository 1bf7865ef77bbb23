namespace Conformance.Runner.Profiles;

public sealed record ApiProfile
{
    /// <summary>Base URL of this API at the provider, e.g. <c>https://sync.example.at/finum/v1</c>.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>
    /// Named credentials: <c>privateKey</c> + <c>payload</c> (signed JWT), <c>username</c> + <c>password</c>
    /// (HTTP Basic), <c>clientId</c> + <c>clientSecret</c> (OAuth2 client credentials), <c>token</c> (a fixed
    /// bearer or apiKey token), and the names an <c>x-conformance-token</c> body uses (e.g. <c>hash</c>, <c>secret</c>).
    /// </summary>
    public IReadOnlyDictionary<string, CredentialSource> Credentials { get; init; } = new Dictionary<string, CredentialSource>();

    /// <summary>OAuth2 scopes the client is granted (null: every scope the contract's scheme declares).</summary>
    public IReadOnlyList<string>? Scopes { get; init; }

    /// <summary>
    /// Path on the callback receiver where the provider was told, out of band, to send this API's
    /// webhooks (null: <c>/webhooks/{apiId}</c>).
    /// </summary>
    public string? WebhookPath { get; init; }

    /// <summary>Optional operations (by operationId) the provider implements; others are omitted.</summary>
    public IReadOnlySet<string>? ImplementedOptionalOperations { get; init; }

    /// <summary>Check id → severity override. Mandatory checks cannot be lowered (a configuration error).</summary>
    public IReadOnlyDictionary<string, Results.Severity> SeverityOverrides { get; init; } = new Dictionary<string, Results.Severity>();

    public IReadOnlyList<ExpectedFailure> ExpectedFailures { get; init; } = [];

    /// <summary>
    /// Headers sent on every request to this API that does not set them itself, before the contract's
    /// <c>x-conformance.requestDefaults</c> (which they replace): for example the provider's own tenant
    /// header, which no contract can know.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> RequestHeaders { get; init; } = [];

    /// <summary>Requests per second the provider accepts from one client (null: no limit; <c>--max-rps</c> wins).</summary>
    public double? MaxRequestsPerSecond { get; init; }

    /// <summary>Requests the provider accepts in flight at once from one client (null: no limit; <c>--max-in-flight</c> wins).</summary>
    public int? MaxRequestsInFlight { get; init; }

    /// <summary>Values for workflow inputs, by workflow id then input name (or <c>*</c> for all workflows).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Inputs { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, string>>();
}
