using Conformance.Runner.Profiles.Yaml;
using Conformance.Specs.Loading;

namespace Conformance.Runner.Profiles;

/// <summary>
/// Loads a provider profile (design §5) from YAML:
/// <code>
/// name: Example Insurance
/// apis:
///   finum:
///     baseUrl: https://sync.example.at/finum/v1
///     credentials:
///       privateKey: { file: keys/consumer.key.pem }   # relative to the profile's directory
///       payload: { env: FINUM_PAYLOAD_FILE }
///     implementedOptionalOperations: [downloadFile]
///     severityOverrides: { response_headers_conformance: info }
///     expectedFailures:
///       - { check: status_code_conformance, workflow: unknown_ids, reason: "Fixed in 4.2" }
///     requestHeaders: { X-Tenant: acme }               # on every request that sets none itself
///     inputs:
///       "*": { brokerId: B-17 }
/// </code>
/// Never throws for a bad file: every problem becomes a <see cref="ProfileDiagnostic"/> with its line and column.
/// </summary>
public static class ProviderProfileLoader
{
    public static ProfileLoadResult LoadFile(string path, ProfileLoaderOptions? options = null)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var message = exception is FileNotFoundException or DirectoryNotFoundException
                ? $"Profile file '{path}' not found."
                : $"Profile file '{path}' cannot be read: {exception.Message}";
            return new ProfileLoadResult(null, [new ProfileDiagnostic(DiagnosticSeverity.Error, message, path)]);
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? Directory.GetCurrentDirectory();
        return Load(text, path, directory, options);
    }

    /// <param name="yamlText">The profile's text.</param>
    /// <param name="source">Names the profile in diagnostics (usually its path).</param>
    /// <param name="baseDirectory">Relative <c>file:</c> credentials resolve against this directory.</param>
    /// <param name="options">What else to validate against (API ids, check catalogue).</param>
    public static ProfileLoadResult Load(string yamlText, string source, string baseDirectory, ProfileLoaderOptions? options = null)
    {
        options ??= ProfileLoaderOptions.None;
        var document = PositionedYamlReader.Read(yamlText, source);
        var yaml = new ProfileYamlReader(source, document);
        if (document.IsEmpty || (document.Error is null && document.Root is null))
        {
            yaml.Error(null, string.Empty, "The profile is empty; it needs at least 'apis'.");
            return new ProfileLoadResult(null, yaml.Diagnostics);
        }

        if (document.Error is { } error)
        {
            var diagnostic = new ProfileDiagnostic(DiagnosticSeverity.Error, error.Message, source, string.Empty, error.Line, error.Column);
            return new ProfileLoadResult(null, [diagnostic]);
        }

        if (yaml.Mapping(yaml.Root, string.Empty, "The profile") is not { } root)
        {
            return new ProfileLoadResult(null, yaml.Diagnostics);
        }

        var profile = Read(root, yaml, baseDirectory, options);
        return new ProfileLoadResult(profile, yaml.Diagnostics);
    }

    private static ProviderProfile Read(ProfileNode root, ProfileYamlReader yaml, string baseDirectory, ProfileLoaderOptions options)
    {
        string? name = null;
        var apis = new Dictionary<string, ApiProfile>(StringComparer.Ordinal);
        var sawApis = false;
        foreach (var (key, _, value) in yaml.Entries(root, string.Empty, ProfileKeys.Root))
        {
            if (key == "name")
            {
                name = yaml.Text(value, key, "name");
                continue;
            }

            sawApis = true;
            if (yaml.Mapping(value, key, "apis") is not { } mapping)
            {
                continue;
            }

            var reader = new ApiProfileReader(yaml, baseDirectory, options);
            foreach (var (apiId, keyNode, api) in yaml.Entries(mapping, key))
            {
                var at = ProfileYamlReader.Join(key, apiId);
                if (options.KnownApiIds is { } known && !known.Contains(apiId))
                {
                    yaml.Error(keyNode, at, $"Unknown API '{apiId}' (expected one of: {string.Join(", ", known.Order(StringComparer.Ordinal))}).");
                }
                else if (yaml.Mapping(api, at, $"The API '{apiId}'") is { } apiNode)
                {
                    apis[apiId] = reader.Read(apiNode, at);
                }
            }
        }

        if (!sawApis)
        {
            yaml.Error(root, string.Empty, "The profile has no 'apis'.");
        }

        return new ProviderProfile { Name = name, Apis = apis };
    }
}
