using Conformance.Runner.Callbacks;
using Conformance.Runner.Engine.Scheduling;
using Conformance.Runner.Profiles;
using Conformance.Runner.Transport;

namespace Conformance.Runner.Engine;

/// <summary>
/// One API to check at one provider. <see cref="ProviderBaseUrl"/> includes the API's base path
/// (e.g. <c>http://127.0.0.1:5080/finum/v1</c>). <see cref="WorkflowFilter"/> selects workflows by
/// id (their dependsOn are run too); empty runs all. <see cref="Transport"/> defaults to RestSharp.
/// </summary>
public sealed record ApiRunRequest
{
    public const int DefaultParallelism = 8;
    public const int DefaultMaxConsecutiveTimeouts = 3;

    public required string ApiId { get; init; }
    public required string ProviderBaseUrl { get; init; }
    public required string SpecPath { get; init; }
    public IReadOnlyList<string> FlowFiles { get; init; } = [];
    public ApiProfile? Profile { get; init; }
    public IReadOnlyList<string> WorkflowFilter { get; init; } = [];
    public bool IncludeGeneratedCases { get; init; } = true;

    /// <summary>The callback receiver; started only when a selected workflow waits for a callback.</summary>
    public CallbackReceiverOptions CallbackReceiver { get; init; } = new();

    /// <summary>Per workflow run (60 s; docs/flows.md "Limits").</summary>
    public TimeSpan FlowTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Per request (10 s).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
    public IHttpTransport? Transport { get; init; }

    /// <summary>The fixtures folder, for the test-only default credentials (null: located automatically).</summary>
    public string? FixturesDirectory { get; init; }

    /// <summary>Connection attempts of the reachability probe before the provider is declared unreachable.</summary>
    public int ReachabilityAttempts { get; init; } = 2;

    /// <summary>
    /// Workflows (and generated cases) run at the same time; 1 runs everything one after the other.
    /// Results are the same, in the same order, whatever the value.
    /// </summary>
    public int Parallelism { get; init; } = DefaultParallelism;

    /// <summary>Transport time-outs in a row after which the provider counts as no longer answering (the run stops, exit 3).</summary>
    public int MaxConsecutiveTimeouts { get; init; } = DefaultMaxConsecutiveTimeouts;

    /// <summary>Requests per second and in flight, <c>Retry-After</c> waits and the slow-answer threshold.</summary>
    public PolitenessOptions Politeness { get; init; } = new();

    /// <summary>
    /// Shared by every API of one run: its budget and why it stopped early. Null: the API gets its
    /// own stop, without a budget.
    /// </summary>
    public RunStop? Stop { get; init; }
}
