using System.Text.Json.Nodes;
using Conformance.Specs.Loading;
using Conformance.Specs.Model;

namespace Conformance.Runner.Arazzo;

/// <summary>
/// Loads Arazzo 1.0.x flow files (YAML or JSON). Never throws for a bad file: every problem is a
/// diagnostic with file, line/column and JSON pointer. With a spec, operation references are
/// checked against it.
/// </summary>
public static class ArazzoLoader
{
    /// <summary>Largest flow file accepted, in bytes (4 MiB).</summary>
    public const long MaxFileBytes = 4L * 1024 * 1024;

    public static ArazzoLoadResult LoadFile(string path, ApiSpec? spec)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Fail(path, "the flow file does not exist");
            }

            if (info.Length > MaxFileBytes)
            {
                return Fail(path, $"the flow file is larger than {MaxFileBytes} bytes");
            }

            return LoadText(File.ReadAllText(path), DisplayName(path), spec);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(path, $"the flow file cannot be read: {e.Message}");
        }
    }

    /// <summary>
    /// How a flow file is named in diagnostics and reports: <c>fixtures/apis/…</c> for the shipped
    /// flows (wherever the fixtures folder was copied), otherwise the path as given.
    /// </summary>
    public static string DisplayName(string path)
    {
        var fixtures = Conformance.Specs.FixturePaths.Locate();
        if (fixtures is null)
        {
            return path;
        }

        var relative = Path.GetRelativePath(fixtures, Path.GetFullPath(path));
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? path
            : "fixtures/" + relative.Replace(Path.DirectorySeparatorChar, '/');
    }

    public static ArazzoLoadResult LoadText(string text, string sourceName, ApiSpec? spec)
    {
        var yaml = PositionedYamlReader.Read(text, sourceName);
        if (yaml.Error is { } error)
        {
            return new ArazzoLoadResult(null, [error]);
        }

        var context = new ArazzoReadContext(sourceName, yaml);
        if (context.Object(yaml.Root, string.Empty, "an Arazzo document") is not { } obj)
        {
            return new ArazzoLoadResult(null, context.Diagnostics);
        }

        var version = context.String(obj, "arazzo", string.Empty, required: true);
        if (version is not null && !version.StartsWith("1.0.", StringComparison.Ordinal))
        {
            context.Error("/arazzo", $"Arazzo version '{version}' is not supported (1.0.x)");
        }

        var info = obj["info"] as JsonObject;
        if (info is null)
        {
            context.Error(string.Empty, "'info' is required");
        }

        var reader = new ArazzoModelReader(context);
        var components = reader.ReadComponents(obj);
        var document = new ArazzoDocument
        {
            SourceFile = sourceName,
            ArazzoVersion = version ?? string.Empty,
            Title = info is null ? string.Empty : context.String(info, "title", "/info", required: true) ?? string.Empty,
            Version = info is null ? string.Empty : context.String(info, "version", "/info", required: true) ?? string.Empty,
            SourceDescriptions = ReadSources(context, obj),
            Workflows = context.Array(obj, "workflows", string.Empty).Select(w => reader.ReadWorkflow(w.Item, w.Pointer)).OfType<ArazzoWorkflow>().ToList(),
            Components = components,
        };
        if (obj["workflows"] is not JsonArray { Count: > 0 })
        {
            context.Error(string.Empty, "'workflows' must list at least one workflow");
        }

        new ArazzoValidator(context, document, spec).Validate();
        return new ArazzoLoadResult(document, context.Diagnostics);
    }

    private static List<ArazzoSourceDescription> ReadSources(ArazzoReadContext context, JsonObject obj)
    {
        var sources = new List<ArazzoSourceDescription>();
        foreach (var (item, pointer) in context.Array(obj, "sourceDescriptions", string.Empty))
        {
            if (context.Object(item, pointer, "a source description") is { } s
                && context.String(s, "name", pointer, required: true) is { } name
                && context.String(s, "url", pointer, required: true) is { } url)
            {
                sources.Add(new ArazzoSourceDescription(name, url, context.String(s, "type", pointer) ?? "openapi"));
            }
        }

        if (sources.Count == 0)
        {
            context.Error(string.Empty, "'sourceDescriptions' must list at least one source");
        }

        return sources;
    }

    private static ArazzoLoadResult Fail(string path, string message) =>
        new(null, [new SpecDiagnostic(DiagnosticSeverity.Error, message, path)]);
}
