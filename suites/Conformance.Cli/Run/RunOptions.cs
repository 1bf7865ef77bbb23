namespace Conformance.Cli.Run;

/// <summary>
/// The options of <c>conformance run</c>. <see cref="Api"/> is an API id or <c>all</c> (null: all
/// when embedded, else the one API the profile or the flows make unambiguous). Timeouts are in seconds.
/// </summary>
public sealed record RunOptions
{
    public const string AllApis = "all";

    public string? Api { get; init; }
    public string? Provider { get; init; }
    public string? ProfilePath { get; init; }
    public string ReportDirectory { get; init; } = Runner.Reporting.ReportSet.DefaultDirectory;
    public IReadOnlyList<string> Workflows { get; init; } = [];
    public string? CallbackBaseUrl { get; init; }
    public string? CallbackListen { get; init; }
    public bool NoGenerated { get; init; }

    /// <summary>Per workflow run, seconds (60; docs/flows.md "Limits").</summary>
    public double FlowTimeout { get; init; } = 60;

    /// <summary>Per request, seconds (10).</summary>
    public double RequestTimeout { get; init; } = 10;

    /// <summary>Workflows and generated cases run at the same time (8); 1 runs them one after the other. Results do not depend on it.</summary>
    public int Parallel { get; init; } = Runner.Engine.ApiRunRequest.DefaultParallelism;

    /// <summary>Budget of the whole run, minutes (30, suited to a nightly job); what has not run by then is reported as not run.</summary>
    public double MaxDuration { get; init; } = DefaultMaxDurationMinutes;

    /// <summary>Transport time-outs in a row after which the provider counts as no longer answering (3).</summary>
    public int MaxTimeouts { get; init; } = Runner.Engine.ApiRunRequest.DefaultMaxConsecutiveTimeouts;

    /// <summary>Requests per second at most (null: the profile's <c>maxRequestsPerSecond</c>, else no limit).</summary>
    public double? MaxRequestsPerSecond { get; init; }

    /// <summary>Requests in flight at most (null: the profile's <c>maxRequestsInFlight</c>, else no limit).</summary>
    public int? MaxInFlight { get; init; }

    /// <summary>Answers taking at least this many seconds are noted as slow (5).</summary>
    public double SlowAnswer { get; init; } = 5;

    public const double DefaultMaxDurationMinutes = 30;

    /// <summary>Seed of the embedded reference provider (its default when null); ignored against a real provider.</summary>
    public int? Seed { get; init; }
}
