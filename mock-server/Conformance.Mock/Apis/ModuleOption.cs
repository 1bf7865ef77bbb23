namespace Conformance.Mock.Apis;

/// <summary>
/// One command-line setting a module declares. It is given as <c>--set &lt;api&gt;.&lt;name&gt;=&lt;value&gt;</c>,
/// or through one of its <see cref="Aliases"/> (<c>--alias value</c>); <c>--help</c> lists it under the
/// module. <see cref="Validate"/> runs while the command line is parsed, so a bad value is a usage
/// error before anything starts.
/// </summary>
public sealed record ModuleOption
{
    /// <summary>e.g. <c>proposalDelay</c>; unique within the module.</summary>
    public required string Name { get; init; }

    /// <summary>e.g. <c>&lt;duration&gt;</c>, shown in the help.</summary>
    public required string ValueHint { get; init; }

    public required string Description { get; init; }

    /// <summary>True: every value given is kept (in order); false: the last one wins.</summary>
    public bool Repeatable { get; init; }

    /// <summary>Other spellings, each starting with <c>--</c> (e.g. <c>--proposal-delay</c>); unique across modules.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>
    /// The value an embedded provider (started in-process for a conformance run or a test suite) uses
    /// unless told otherwise, e.g. short lifecycle delays so flows finish quickly; null = the module's default.
    /// </summary>
    public string? EmbeddedValue { get; init; }

    /// <summary>Null when <c>value</c> is acceptable, else why not (one sentence).</summary>
    public Func<string, string?> Validate { get; init; } = _ => null;
}
