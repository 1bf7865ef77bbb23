using YamlDotNet.RepresentationModel;

namespace Conformance.Runner.Profiles.Yaml;

/// <summary>Checks a check id against the catalogue, when the caller gave one.</summary>
internal static class CheckIds
{
    public static bool IsKnown(ProfileYamlReader yaml, ProfileLoaderOptions options, YamlNode node, string path, string checkId)
    {
        if (options.KnownCheckIds is null || options.KnownCheckIds.Contains(checkId))
        {
            return true;
        }

        yaml.Error(node, path, $"Unknown check '{checkId}' (see `conformance list-checks`).");
        return false;
    }
}
