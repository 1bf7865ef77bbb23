using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Conformance.Specs.Loading;

namespace Conformance.Mock.Seeding;

/// <summary>
/// Binds a module's <c>seed.yaml</c> to the settings record the module declares, through the
/// product's positioned YAML reader. Keys are the record's property names in camelCase (or their
/// <see cref="JsonPropertyNameAttribute"/>); an unknown key, a value of the wrong type or a missing
/// <c>required</c> member stops the start with <see cref="SeedFileException"/> naming the file, line
/// and column. Keys the file leaves out keep the record's initial values.
/// </summary>
public static class SeedFileReader
{
    private static readonly JsonSerializerOptions BindOptions = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        AllowDuplicateProperties = false,
    };

    /// <summary>Binds the file at <paramref name="path"/>; a missing file gives <paramref name="defaults"/>.</summary>
    /// <param name="resolver">Source-generated metadata for <typeparamref name="T"/> (faster start-up); null = reflection.</param>
    public static T ReadOrDefault<T>(string path, T defaults, IJsonTypeInfoResolver? resolver = null)
        where T : class =>
        File.Exists(path) ? Read<T>(path, resolver) : defaults;

    /// <param name="resolver">Source-generated metadata for <typeparamref name="T"/> (faster start-up); null = reflection.</param>
    public static T Read<T>(string path, IJsonTypeInfoResolver? resolver = null)
        where T : class
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SeedFileException($"Seed file {path} cannot be read: {ex.Message}", ex);
        }

        return Bind<T>(text, path, resolver);
    }

    /// <summary>Binds YAML text; <paramref name="source"/> names it in errors.</summary>
    public static T Bind<T>(string text, string source, IJsonTypeInfoResolver? resolver = null)
        where T : class
    {
        var document = PositionedYamlReader.Read(text, source);
        if (document.Error is { } error)
        {
            throw new SeedFileException($"Seed file {Where(source, error.Line, error.Column)}: {error.Message}");
        }

        if (document.Root is not JsonObject)
        {
            throw new SeedFileException($"Seed file {Where(source, 1, 1)}: the file must hold a mapping of settings.");
        }

        try
        {
            var options = resolver is null ? BindOptions : new JsonSerializerOptions(BindOptions) { TypeInfoResolver = resolver };
            return document.Root.Deserialize((JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)))
                ?? throw new SeedFileException($"Seed file {source}: the file holds no settings.");
        }
        catch (JsonException ex)
        {
            var pointer = JsonPathText.ToPointer(ex.Path);
            var at = document.Locate(pointer);
            throw new SeedFileException($"Seed file {Where(source, at?.Line, at?.Column)}: {Describe(ex, pointer, typeof(T))}", ex);
        }
    }

    private static string Where(string source, int? line, int? column) =>
        line is { } l ? $"{source}:{l}:{column ?? 1}" : source;

    private static string Describe(JsonException ex, string pointer, Type root)
    {
        var key = pointer.Length == 0 ? "(top level)" : pointer.TrimStart('/').Replace('/', '.');
        var message = ex.Message;
        if (message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            return $"unknown key '{key}' (not a setting of {root.Name}).";
        }

        if (message.Contains("missing required properties", StringComparison.Ordinal))
        {
            var cut = message.IndexOf("including: ", StringComparison.Ordinal);
            var names = cut >= 0 ? message[(cut + "including: ".Length)..].TrimEnd('.') : "(unnamed)";
            return $"required key(s) missing at '{key}': {names}.";
        }

        if (message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase))
        {
            return $"key '{key}' is given twice.";
        }

        var leaf = SeedKeyTypes.At(root, pointer);
        var expected = leaf is null ? null : (Nullable.GetUnderlyingType(leaf) ?? leaf).FullName;
        return expected is null ? $"'{key}' has a value of the wrong type." : $"'{key}' has a value of the wrong type (expected {Friendly(expected)}).";
    }

    private static string Friendly(string typeName) => typeName switch
    {
        "System.Int32" or "System.Int64" => "an integer",
        "System.Double" or "System.Decimal" => "a number",
        "System.Boolean" => "true or false",
        "System.String" => "text",
        "System.DateTimeOffset" => "an RFC 3339 date-time",
        var other when other.StartsWith("System.Collections", StringComparison.Ordinal) || other.EndsWith("[]", StringComparison.Ordinal) => "a list or mapping",
        var other => $"a mapping ({other[(other.LastIndexOf('.') + 1)..]})",
    };
}
