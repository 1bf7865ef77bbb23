using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Conformance.Mock.Seeding;

/// <summary>
/// Reads <c>seed.yaml</c>:
/// <code>
/// referenceDate: 2026-01-01T00:00:00Z
/// counts: { contract: 50, client: 30 }
/// proposalDelaySeconds: 2
/// activationDelaySeconds: 2
/// </code>
/// Every key is optional; missing ones keep the module's defaults. A malformed file is a
/// configuration error (thrown at start with the file name).
/// </summary>
public static class SeedSettingsLoader
{
    public static SeedSettings Load(string? path, SeedSettings defaults)
    {
        if (path is null || !File.Exists(path))
        {
            return defaults;
        }

        try
        {
            var yaml = new YamlStream();
            using (var reader = File.OpenText(path))
            {
                yaml.Load(reader);
            }

            if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root)
            {
                return defaults;
            }

            var referenceDate = defaults.ReferenceDate;
            var counts = new Dictionary<string, int>(defaults.Counts, StringComparer.Ordinal);
            var delays = new Dictionary<string, TimeSpan>(defaults.Delays, StringComparer.Ordinal);
            foreach (var (keyNode, valueNode) in root.Children)
            {
                switch (((YamlScalarNode)keyNode).Value)
                {
                    case "referenceDate":
                        referenceDate = DateTimeOffset.Parse(Scalar(valueNode), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToUniversalTime();
                        break;
                    case "counts":
                        foreach (var (k, v) in ((YamlMappingNode)valueNode).Children)
                        {
                            counts[Scalar(k)] = int.Parse(Scalar(v), CultureInfo.InvariantCulture);
                        }

                        break;
                    case "delays":
                        foreach (var (k, v) in ((YamlMappingNode)valueNode).Children)
                        {
                            var name = Scalar(k);
                            name = name.EndsWith("Seconds", StringComparison.Ordinal) ? name[..^"Seconds".Length] : name;
                            delays[name] = TimeSpan.FromSeconds(double.Parse(Scalar(v), CultureInfo.InvariantCulture));
                        }

                        break;
                    case var key when key?.EndsWith("DelaySeconds", StringComparison.Ordinal) == true:
                        delays[key[..^"DelaySeconds".Length]] = TimeSpan.FromSeconds(double.Parse(Scalar(valueNode), CultureInfo.InvariantCulture));
                        break;
                    default:
                        break;
                }
            }

            return defaults with { ReferenceDate = referenceDate, Counts = counts, Delays = delays };
        }
        catch (Exception ex) when (ex is FormatException or InvalidCastException or YamlDotNet.Core.YamlException or OverflowException)
        {
            throw new InvalidOperationException($"Seed file {path} is malformed: {ex.Message}", ex);
        }
    }

    private static string Scalar(YamlNode node) => ((YamlScalarNode)node).Value ?? "";
}
