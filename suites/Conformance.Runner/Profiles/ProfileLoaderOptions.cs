namespace Conformance.Runner.Profiles;

/// <summary>
/// What the loader can check beyond the file's shape, when the caller knows it (null = not checked):
/// the API ids of the suite, the check ids of the catalogue, and the mandatory checks with their
/// default severity, below which a profile cannot lower them (raising is allowed).
/// </summary>
public sealed record ProfileLoaderOptions
{
    public IReadOnlySet<string>? KnownApiIds { get; init; }
    public IReadOnlySet<string>? KnownCheckIds { get; init; }
    public IReadOnlyDictionary<string, Results.Severity>? MandatoryChecks { get; init; }

    public static ProfileLoaderOptions None { get; } = new();
}
