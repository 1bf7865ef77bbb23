namespace Conformance.Runner.Profiles;

/// <summary>
/// What the loader can check beyond the file's shape, when the caller knows it (null = not checked):
/// the API ids of the suite, the check ids of the catalogue, and the mandatory checks whose severity
/// a profile cannot lower.
/// </summary>
public sealed record ProfileLoaderOptions
{
    public IReadOnlySet<string>? KnownApiIds { get; init; }
    public IReadOnlySet<string>? KnownCheckIds { get; init; }
    public IReadOnlySet<string>? MandatoryCheckIds { get; init; }

    public static ProfileLoaderOptions None { get; } = new();
}
