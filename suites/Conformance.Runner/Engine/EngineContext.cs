using Conformance.Runner.Auth;
using Conformance.Runner.Callbacks;
using Conformance.Runner.Checks;
using Conformance.Runner.Engine.Scheduling;
using Conformance.Runner.Reporting;
using Conformance.Runner.Transport;
using Conformance.Specs.Model;

namespace Conformance.Runner.Engine;

/// <summary>
/// What the engine needs to run flows of one API against one provider. <see cref="BaseUrl"/>
/// includes the API's base path (e.g. <c>http://127.0.0.1:5080/finum/v1</c>); operation paths
/// are appended to it.
/// </summary>
public sealed record EngineContext
{
    public required string ApiId { get; init; }
    public required ApiSpec Spec { get; init; }
    public required string BaseUrl { get; init; }
    /// <summary>
    /// Sends every request; requests naming <see cref="TransportRequest.Credentials"/> are authenticated
    /// on the way (an <see cref="AuthenticatingTransport"/> over <see cref="Authenticator"/>).
    /// </summary>
    public required IHttpTransport Transport { get; init; }

    public required Authenticator Authenticator { get; init; }

    /// <summary>Masks the run's credentials and tokens in everything recorded.</summary>
    public SecretMasker Masker { get; init; } = new();
    public ICallbackInbox? Inbox { get; init; }
    public CheckCatalogue Catalogue { get; init; } = CheckCatalogue.Default;
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
    public IRunListener Listener { get; init; } = NullRunListener.Instance;

    /// <summary>Steps a workflow may run, retries included (docs/flows.md "Limits").</summary>
    public int MaxSteps { get; init; } = 200;

    /// <summary>Wall time a workflow may take (on <see cref="TimeProvider"/>).</summary>
    public TimeSpan FlowTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>When the whole run stops early (budget, unresponsive provider); null: only at <see cref="FlowTimeout"/>.</summary>
    public RunStop? Stop { get; init; }

    /// <summary>Per-request timeout handed to the transport (null: the transport's default).</summary>
    public TimeSpan? RequestTimeout { get; init; }

    /// <summary>Answers taking at least this long are findings on their step or case (<c>response_time</c>); null: not judged.</summary>
    public TimeSpan? SlowAnswer { get; init; }

    /// <summary>Profile input values: workflow id (or <c>*</c>) → input name → text.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ProfileInputs { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, string>>();

    /// <summary>Severity overrides and expected failures applied to every finding as it is made.</summary>
    public ProfilePolicy Policy { get; init; } = ProfilePolicy.None;

    /// <summary>The profile's headers for every request that does not set them (they replace the contract's request defaults).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> RequestHeaders { get; init; } = [];

    /// <summary>Makes the unique id of each workflow run (default: 12 random hex digits).</summary>
    public Func<string> RunIdFactory { get; init; } = () => System.Security.Cryptography.RandomNumberGenerator.GetHexString(12, lowercase: true);
}
