using Conformance.Runner.Results;

namespace Conformance.Runner.Profiles.Yaml;

/// <summary>
/// Check ids as profiles write them: the former ids of renamed checks (still accepted, read as the
/// new id), the check against the catalogue, and the one rule for severity overrides (a mandatory
/// check cannot be lowered below its default severity).
/// </summary>
internal static class CheckIds
{
    /// <summary>Former id → current id.</summary>
    public static IReadOnlyDictionary<string, string> Renamed { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["problem_details_conformance"] = "error_body_conformance",
    };

    public static string Canonical(string checkId) => Renamed.GetValueOrDefault(checkId) ?? checkId;

    /// <summary>False when a profile may not set this severity: the check is mandatory and the severity is below its floor.</summary>
    public static bool MayOverride(bool isMandatory, Severity floor, Severity severity) => !isMandatory || severity >= floor;

    public static bool IsKnown(ProfileYamlReader yaml, ProfileLoaderOptions options, ProfileNode node, string path, string checkId)
    {
        if (options.KnownCheckIds is null || options.KnownCheckIds.Contains(Canonical(checkId)))
        {
            return true;
        }

        yaml.Error(node, path, $"Unknown check '{checkId}' (see `conformance list-checks`).");
        return false;
    }

    /// <summary>Why a profile may not set this severity (the check is mandatory and it would be lowered), or null when it may.</summary>
    public static string? OverrideRefusal(ProfileLoaderOptions options, string checkId, Severity severity) =>
        options.MandatoryChecks?.TryGetValue(Canonical(checkId), out var floor) == true && !MayOverride(true, floor, severity)
            ? $"Check '{checkId}' is mandatory: its severity cannot be lowered below {floor.ToString().ToLowerInvariant()}."
            : null;
}
