
namespace Conformance.Runner.Profiles.Yaml;

/// <summary>Reads <c>expectedFailures:</c>, a list of <c>{ check, workflow?, step?, operation?, reason }</c>.</summary>
internal sealed class ExpectedFailureReader(ProfileYamlReader yaml, ProfileLoaderOptions options)
{
    public IReadOnlyList<ExpectedFailure> Read(ProfileNode node, string path)
    {
        var failures = new List<ExpectedFailure>();
        if (yaml.Sequence(node, path, "expectedFailures") is not { } sequence)
        {
            return failures;
        }

        for (var i = 0; i < sequence.Count; i++)
        {
            var at = $"{path}[{i}]";
            if (yaml.Mapping(sequence[i], at, "An expected failure") is { } entry && ReadEntry(entry, at) is { } failure)
            {
                failures.Add(failure);
            }
        }

        return failures;
    }

    private ExpectedFailure? ReadEntry(ProfileNode entry, string path)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        var valid = true;
        foreach (var (key, keyNode, value) in yaml.Entries(entry, path, ProfileKeys.ExpectedFailure))
        {
            var at = ProfileYamlReader.Join(path, key);
            var text = yaml.Text(value, at, $"'{key}'");
            valid &= text is not null;
            if (key == "check" && text is not null)
            {
                valid &= CheckIds.IsKnown(yaml, options, value, at, text);
            }

            values[key] = text;
        }

        if (!values.TryGetValue("check", out var check))
        {
            yaml.Error(entry, path, "An expected failure needs 'check': the id of the check that is expected to fail.");
            return null;
        }

        if (!values.TryGetValue("reason", out var reason))
        {
            yaml.Error(entry, path, $"The expected failure of '{check}' needs a 'reason': say why the failure is accepted.");
            return null;
        }

        // valid implies check and reason are non-null: an empty one was reported and cleared valid.
        return valid
            ? new ExpectedFailure(check!, values.GetValueOrDefault("workflow"), values.GetValueOrDefault("step"), values.GetValueOrDefault("operation"), reason!)
            : null;
    }
}
