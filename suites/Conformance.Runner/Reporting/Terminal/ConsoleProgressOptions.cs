namespace Conformance.Runner.Reporting.Terminal;

/// <summary>
/// How <see cref="ConsoleProgressListener"/> writes. <see cref="Plain"/>: no colours, no ANSI codes,
/// ASCII words (<c>PASS</c>, <c>FAIL</c>, <c>OMIT</c>, <c>XFAIL</c>) instead of symbols, for CI logs.
/// <see cref="Width"/> is in columns; null lets the terminal decide.
/// </summary>
public sealed record ConsoleProgressOptions
{
    /// <summary>Width used when output is redirected, wide enough for check ids in the summary table.</summary>
    public const int RedirectedWidth = 160;

    public bool Plain { get; init; }
    public int? Width { get; init; }

    /// <summary>
    /// Plain when output is redirected (not a TTY), <c>NO_COLOR</c> is set to anything non-empty
    /// (https://no-color.org) or <c>TERM=dumb</c>.
    /// </summary>
    public static ConsoleProgressOptions FromEnvironment(bool outputRedirected, Func<string, string?> environment)
    {
        var noColor = !string.IsNullOrEmpty(environment("NO_COLOR"));
        var dumb = string.Equals(environment("TERM"), "dumb", StringComparison.Ordinal);
        var plain = outputRedirected || noColor || dumb;
        return new ConsoleProgressOptions { Plain = plain, Width = outputRedirected ? RedirectedWidth : null };
    }

    /// <summary>From the real process: <see cref="Console.IsOutputRedirected"/> and environment variables.</summary>
    public static ConsoleProgressOptions FromProcess() =>
        FromEnvironment(Console.IsOutputRedirected, Environment.GetEnvironmentVariable);
}
