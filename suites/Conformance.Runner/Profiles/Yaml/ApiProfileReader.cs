using System.Text.Json.Nodes;
using Conformance.Runner.Results;

namespace Conformance.Runner.Profiles.Yaml;

/// <summary>Reads one entry of <c>apis:</c> into an <see cref="ApiProfile"/>, reporting every problem it finds.</summary>
internal sealed class ApiProfileReader(ProfileYamlReader yaml, string baseDirectory, ProfileLoaderOptions options)
{
    private static readonly Dictionary<string, Severity> Severities = new(StringComparer.OrdinalIgnoreCase)
    {
        ["error"] = Severity.Error,
        ["warning"] = Severity.Warning,
        ["info"] = Severity.Info,
    };

    public ApiProfile Read(ProfileNode node, string path)
    {
        var profile = new ApiProfile();
        foreach (var (key, _, value) in yaml.Entries(node, path, ProfileKeys.Api))
        {
            var at = ProfileYamlReader.Join(path, key);
            profile = key switch
            {
                "baseUrl" => profile with { BaseUrl = BaseUrl(value, at) },
                "credentials" => profile with { Credentials = Credentials(value, at) },
                "scopes" => profile with { Scopes = Scopes(value, at) },
                "webhookPath" => profile with { WebhookPath = WebhookPath(value, at) },
                "implementedOptionalOperations" => profile with { ImplementedOptionalOperations = Operations(value, at) },
                "severityOverrides" => profile with { SeverityOverrides = SeverityOverrides(value, at) },
                "expectedFailures" => profile with { ExpectedFailures = new ExpectedFailureReader(yaml, options).Read(value, at) },
                "requestHeaders" => profile with { RequestHeaders = RequestHeaders(value, at) },
                "maxRequestsPerSecond" => profile with { MaxRequestsPerSecond = Positive(value, at, key) },
                "maxRequestsInFlight" => profile with { MaxRequestsInFlight = (int?)Positive(value, at, key, whole: true) },
                _ => profile with { Inputs = Inputs(value, at) },
            };
        }

        return profile;
    }

    /// <summary>A positive number (a whole one when <paramref name="whole"/>), or null after reporting why not.</summary>
    private double? Positive(ProfileNode node, string path, string what, bool whole = false)
    {
        var text = yaml.Text(node, path, what);
        if (text is null)
        {
            return null;
        }

        if (!double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) || value <= 0 || (whole && value != Math.Floor(value)))
        {
            yaml.Error(node, path, $"{what} '{text}' must be a positive {(whole ? "whole number" : "number")}.");
            return null;
        }

        return value;
    }

    private string? BaseUrl(ProfileNode node, string path)
    {
        var text = yaml.Text(node, path, "baseUrl");
        if (text is null)
        {
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            yaml.Error(node, path, $"baseUrl '{text}' is not an absolute http or https URL.");
            return null;
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            // Never echo it: user information in a URL is a credential.
            yaml.Error(node, path, "baseUrl must not carry user information; name credentials under 'credentials'.");
            return null;
        }

        return text;
    }

    private Dictionary<string, CredentialSource> Credentials(ProfileNode node, string path)
    {
        var credentials = new Dictionary<string, CredentialSource>(StringComparer.Ordinal);
        if (yaml.Mapping(node, path, "credentials") is not { } mapping)
        {
            return credentials;
        }

        foreach (var (name, _, value) in yaml.Entries(mapping, path))
        {
            var at = ProfileYamlReader.Join(path, name);
            if (value.Value is not JsonObject)
            {
                // Deliberately without the value: it may be the secret itself.
                yaml.Error(value, at, $"Credential '{name}' must be {{ env: VARIABLE }} or {{ file: path }}; secrets are never written in the profile.");
                continue;
            }

            string? env = null, file = null;
            foreach (var (key, _, part) in yaml.Entries(value, at, ProfileKeys.Credential))
            {
                if (key == "env")
                {
                    env = yaml.Text(part, ProfileYamlReader.Join(at, key), "env");
                }
                else if (yaml.Text(part, ProfileYamlReader.Join(at, key), "file") is { } relative)
                {
                    file = Path.GetFullPath(Path.Combine(baseDirectory, relative));
                }
            }

            if (env is not null && file is not null)
            {
                yaml.Error(value, at, $"Credential '{name}' names both env and file; give exactly one.");
            }
            else if (env is null && file is null)
            {
                yaml.Error(value, at, $"Credential '{name}' needs env (an environment variable) or file (a path).");
            }
            else
            {
                credentials[name] = new CredentialSource(env, file);
            }
        }

        return credentials;
    }

    private List<string>? Scopes(ProfileNode node, string path)
    {
        if (yaml.Sequence(node, path, "scopes") is not { } sequence)
        {
            return null;
        }

        var scopes = new List<string>();
        for (var i = 0; i < sequence.Count; i++)
        {
            if (yaml.Text(sequence[i], $"{path}[{i}]", "A scope") is { } scope && !scopes.Contains(scope, StringComparer.Ordinal))
            {
                scopes.Add(scope);
            }
        }

        return scopes;
    }

    private string? WebhookPath(ProfileNode node, string path)
    {
        var text = yaml.Text(node, path, "webhookPath");
        if (text is not null && (!text.StartsWith('/') || !Uri.TryCreate("http://h" + text, UriKind.Absolute, out var uri) || uri.Query.Length > 0 || uri.Fragment.Length > 0))
        {
            yaml.Error(node, path, $"webhookPath '{text}' must be a path beginning with '/' (no query, no fragment).");
            return null;
        }

        return text;
    }

    private HashSet<string>? Operations(ProfileNode node, string path)
    {
        if (yaml.Sequence(node, path, "implementedOptionalOperations") is not { } sequence)
        {
            return null;
        }

        var operations = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < sequence.Count; i++)
        {
            if (yaml.Text(sequence[i], $"{path}[{i}]", "An operationId") is { } operationId)
            {
                operations.Add(operationId);
            }
        }

        return operations;
    }

    private Dictionary<string, Severity> SeverityOverrides(ProfileNode node, string path)
    {
        var overrides = new Dictionary<string, Severity>(StringComparer.Ordinal);
        if (yaml.Mapping(node, path, "severityOverrides") is not { } mapping)
        {
            return overrides;
        }

        foreach (var (checkId, keyNode, value) in yaml.Entries(mapping, path))
        {
            var at = ProfileYamlReader.Join(path, checkId);
            if (!CheckIds.IsKnown(yaml, options, keyNode, at, checkId) || yaml.Text(value, at, "A severity") is not { } text)
            {
                continue;
            }

            if (!Severities.TryGetValue(text, out var severity))
            {
                yaml.Error(value, at, $"Unknown severity '{text}' (expected error, warning or info).");
            }
            else if (CheckIds.OverrideRefusal(options, checkId, severity) is { } refusal)
            {
                yaml.Error(value, at, refusal);
            }
            else
            {
                overrides[checkId] = severity;
            }
        }

        return overrides;
    }

    private List<KeyValuePair<string, string>> RequestHeaders(ProfileNode node, string path)
    {
        var headers = new List<KeyValuePair<string, string>>();
        if (yaml.Mapping(node, path, "requestHeaders") is not { } mapping)
        {
            return headers;
        }

        foreach (var (name, _, value) in yaml.Entries(mapping, path))
        {
            var at = ProfileYamlReader.Join(path, name);
            if (name.Length == 0 || !name.All(c => c is > ' ' and < (char)127 and not ':' and not '(' and not ')' and not ',' and not '"'))
            {
                yaml.Error(value, at, $"'{name}' is not an HTTP header name.");
            }
            else if (ProfileYamlReader.Scalar(value) is not { } text || text.Contains('\r', StringComparison.Ordinal) || text.Contains('\n', StringComparison.Ordinal))
            {
                yaml.Error(value, at, $"Header '{name}' must be a one-line text value.");
            }
            else
            {
                headers.Add(new(name, text));
            }
        }

        return headers;
    }

    private Dictionary<string, IReadOnlyDictionary<string, string>> Inputs(ProfileNode node, string path)
    {
        var inputs = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        if (yaml.Mapping(node, path, "inputs") is not { } mapping)
        {
            return inputs;
        }

        foreach (var (workflowId, _, value) in yaml.Entries(mapping, path))
        {
            var at = ProfileYamlReader.Join(path, workflowId);
            if (yaml.Mapping(value, at, $"The inputs of '{workflowId}'") is not { } values)
            {
                continue;
            }

            var workflowInputs = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (name, _, input) in yaml.Entries(values, at))
            {
                if (ProfileYamlReader.Scalar(input) is { } text)
                {
                    workflowInputs[name] = text;
                }
                else
                {
                    yaml.Error(input, ProfileYamlReader.Join(at, name), $"Input '{name}' must be a text value, not a mapping or list.");
                }
            }

            inputs[workflowId] = workflowInputs;
        }

        return inputs;
    }
}
