using System.Globalization;

namespace Conformance.Mock.Seeding;

/// <summary>
/// Reads <c>seed.yaml</c>:
/// <code>
/// referenceDate: 2026-01-01T00:00:00Z
/// counts:
///   contract: 50
///   client: 30
/// proposalDelaySeconds: 2
/// </code>
/// Every key is optional; missing ones keep the module's defaults, unknown ones are ignored. The file
/// uses a small YAML subset (top-level scalars and one level of block or flow mappings, <c>#</c>
/// comments), read by hand so no YAML library sits in the provider's start-up path. A malformed
/// value is a configuration error naming the file and line.
/// </summary>
public static class SeedSettingsLoader
{
    public static SeedSettings Load(string? path, SeedSettings defaults)
    {
        if (path is null || !File.Exists(path))
        {
            return defaults;
        }

        var referenceDate = defaults.ReferenceDate;
        var counts = new Dictionary<string, int>(defaults.Counts, StringComparer.Ordinal);
        var delays = new Dictionary<string, TimeSpan>(defaults.Delays, StringComparer.Ordinal);
        string? section = null;
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = StripComment(raw).TrimEnd();
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var indented = char.IsWhiteSpace(line[0]);
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                throw Malformed(path, lineNumber, "expected 'key: value'");
            }

            var key = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim().Trim('"', '\'');
            try
            {
                if (indented && section == "counts")
                {
                    counts[key] = int.Parse(value, CultureInfo.InvariantCulture);
                    continue;
                }

                if (indented)
                {
                    continue;
                }

                section = key;
                switch (key)
                {
                    case "referenceDate":
                        referenceDate = DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToUniversalTime();
                        break;
                    case "counts" when value.StartsWith('{'):
                        foreach (var pair in value.Trim('{', '}').Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                        {
                            var parts = pair.Split(':', 2, StringSplitOptions.TrimEntries);
                            counts[parts[0]] = int.Parse(parts[1], CultureInfo.InvariantCulture);
                        }

                        break;
                    case var delay when delay.EndsWith("DelaySeconds", StringComparison.Ordinal):
                        delays[delay[..^"DelaySeconds".Length]] = TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture));
                        break;
                    default:
                        break;
                }
            }
            catch (Exception ex) when (ex is FormatException or OverflowException or IndexOutOfRangeException)
            {
                throw Malformed(path, lineNumber, ex.Message);
            }
        }

        return defaults with { ReferenceDate = referenceDate, Counts = counts, Delays = delays };
    }

    private static string StripComment(string line)
    {
        var hash = line.IndexOf('#', StringComparison.Ordinal);
        return hash >= 0 ? line[..hash] : line;
    }

    private static InvalidOperationException Malformed(string path, int line, string reason) =>
        new($"Seed file {path} is malformed at line {line}: {reason}");
}
