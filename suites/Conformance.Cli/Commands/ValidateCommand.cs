using System.CommandLine;
using System.Text.Json;
using Conformance.Specs;
using Conformance.Specs.Json;
using Conformance.Specs.Loading;
using Conformance.Specs.Model;
using Conformance.Specs.Validation;

namespace Conformance.Cli.Commands;

/// <summary>
/// <c>conformance validate INSTANCE… (--spec FILE | --api ID) [--schema POINTER | --operation ID --status CODE
/// [--media-type TYPE]] [--ref-map URL=DIR]… [--format text|json]</c>: judges JSON instances (files, or
/// <c>-</c> for standard input) against one schema of a contract, or against a plain JSON Schema file
/// (the pointer then defaults to <c>#</c>), exactly as the runner judges bodies. Exit 0 when every
/// instance is valid, 1 when any is not (text that is not JSON is a finding of that instance), 2 for
/// bad usage: an unreadable file, an unknown pointer, operation or status, or a schema that cannot be built.
/// </summary>
public static class ValidateCommand
{
    private const string StandardInput = "-";

    public static Command Create(TextWriter output, TextWriter error, TextReader? input = null)
    {
        var instances = new Argument<string[]>("instance") { Description = "JSON files to validate; - reads standard input.", Arity = ArgumentArity.OneOrMore };
        var spec = new Option<string?>("--spec") { Description = "The contract (OpenAPI, JSON or YAML) or a plain JSON Schema file.", HelpName = "file" };
        var api = new Option<string?>("--api") { Description = "A shipped contract: fixtures/apis/ID/openapi.yaml.", HelpName = "id" };
        var schema = new Option<string?>("--schema") { Description = "JSON pointer of the schema, e.g. '#/components/schemas/Contract'.", HelpName = "pointer" };
        var operation = new Option<string?>("--operation") { Description = "operationId whose response schema is used (with --status).", HelpName = "id" };
        var status = new Option<string?>("--status") { Description = "Response status: 200, 4XX or default.", HelpName = "code" };
        var mediaType = new Option<string?>("--media-type") { Description = "Response media type (default: the first JSON one).", HelpName = "type" };
        var refMaps = new Option<string[]>("--ref-map") { Description = "Serve references under URL from the folder DIR (repeatable).", HelpName = "URL=DIR", AllowMultipleArgumentsPerToken = false };
        var format = new Option<string>("--format") { Description = "text (default) or json.", DefaultValueFactory = _ => "text", HelpName = "format" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("validate", "Validate JSON instances against a schema of a contract or a JSON Schema file.")
        {
            instances, spec, api, schema, operation, status, mediaType, refMaps, format,
        };
        command.SetAction(parseResult =>
        {
            var request = new ValidateRequest(
                parseResult.GetValue(instances) ?? [],
                parseResult.GetValue(spec),
                parseResult.GetValue(api),
                parseResult.GetValue(schema),
                parseResult.GetValue(operation),
                parseResult.GetValue(status),
                parseResult.GetValue(mediaType),
                parseResult.GetValue(refMaps) ?? [],
                parseResult.GetValue(format) == "json");
            return Run(request, output, error, input ?? Console.In);
        });
        return command;
    }

    private static int Run(ValidateRequest request, TextWriter output, TextWriter error, TextReader input)
    {
        var (validator, target, problem) = Target(request);
        if (validator is null || target is null)
        {
            return Fail(error, problem ?? "The schema could not be found.");
        }

        var verdicts = new List<(string Name, SchemaValidationResult Result)>();
        foreach (var name in request.Instances)
        {
            if (Read(name, input) is not { } text)
            {
                return Fail(error, $"Could not read the instance '{name}'.");
            }

            var result = validator.Validate(target, text);
            if (result.Findings.FirstOrDefault(f => f.Keyword == "schema") is { } broken)
            {
                return Fail(error, broken.Message);
            }

            verdicts.Add((name, result));
        }

        if (request.Json)
        {
            WriteJson(verdicts, output);
        }
        else
        {
            foreach (var (name, result) in verdicts)
            {
                if (result.IsValid)
                {
                    output.WriteLine($"{name}: valid");
                }

                foreach (var finding in result.Findings)
                {
                    output.WriteLine($"{name}: invalid at '#{finding.InstancePointer}' ({finding.Keyword}, schema '{Fragment(finding.SchemaPointer)}'): {finding.Message}");
                }
            }
        }

        return verdicts.TrueForAll(v => v.Result.IsValid) ? ExitCodes.Success : ExitCodes.NotConformant;
    }

    /// <summary>The validator and the schema named by the options, or why they do not name one.</summary>
    private static (JsonSchemaValidator? Validator, SpecSchema? Schema, string? Error) Target(ValidateRequest request)
    {
        if ((request.Spec is null) == (request.Api is null))
        {
            return Error("Give the contract with exactly one of --spec FILE or --api ID.");
        }

        string path;
        try
        {
            path = request.Spec ?? FixturePaths.SpecFile(request.Api!);
        }
        catch (DirectoryNotFoundException ex)
        {
            return Error(ex.Message);
        }

        var (document, loadError) = SchemaDocument.Load(path);
        if (document is null)
        {
            return Error(loadError ?? $"Could not read '{path}'.");
        }

        var mappings = new List<RefMapping>();
        foreach (var text in request.RefMaps)
        {
            if (RefMapping.Parse(text) is not { } mapping || !Directory.Exists(mapping.Directory))
            {
                return Error($"--ref-map '{text}' must be URL=DIR with an absolute URL and an existing folder.");
            }

            mappings.Add(mapping);
        }

        var (pointer, pointerError) = SchemaPointer(request, document, path);
        if (pointer is null)
        {
            return Error(pointerError ?? "The schema could not be found.");
        }

        if (!JsonPointer.TryResolve(document.Root, pointer, out var node) || node is null)
        {
            return Error($"No schema at '#{pointer}' in '{path}'.");
        }

        var validator = new JsonSchemaValidator(document.Root, new SchemaValidatorOptions { DocumentUri = document.Uri, RefMappings = mappings });
        return (validator, new SpecSchema(pointer, node), null);
    }

    /// <summary>The document pointer named by --schema, or by --operation/--status/--media-type, or why none fits.</summary>
    private static (string? Pointer, string? Error) SchemaPointer(ValidateRequest request, SchemaDocument document, string path)
    {
        if (request.Operation is null)
        {
            if (request.Status is not null || request.MediaType is not null)
            {
                return (null, "--status and --media-type go with --operation.");
            }

            return (JsonPointer.Normalize(request.Schema ?? "#"), null);
        }

        if (request.Schema is not null || request.Status is null || !document.IsOpenApi)
        {
            return (null, document.IsOpenApi ? "Use --operation with --status, and without --schema." : "--operation needs an OpenAPI contract.");
        }

        var spec = SpecLoader.LoadFile(path).Spec;
        if (spec?.FindOperation(request.Operation) is not { } operation)
        {
            return (null, $"No operation '{request.Operation}' in '{path}'.");
        }

        var response = operation.Responses.TryGetValue(request.Status, out var exact) ? exact
            : int.TryParse(request.Status, System.Globalization.CultureInfo.InvariantCulture, out var code) ? operation.FindResponse(code) : null;
        if (response is null)
        {
            return (null, $"Operation '{request.Operation}' documents no response '{request.Status}'.");
        }

        var media = request.MediaType is { } wanted
            ? response.Content.Values.FirstOrDefault(m => string.Equals(m.MediaType, wanted, StringComparison.OrdinalIgnoreCase))
            : response.Content.Values.FirstOrDefault(m => m.MediaType.Contains("json", StringComparison.OrdinalIgnoreCase)) ?? response.Content.Values.FirstOrDefault();
        if (media?.Schema is not { } schema)
        {
            return (null, $"Response '{response.StatusKey}' of '{request.Operation}' has no schema{(request.MediaType is null ? string.Empty : $" for '{request.MediaType}'")}.");
        }

        return (JsonPointer.Normalize(schema.Pointer), null);
    }

    /// <summary>A pointer into the document as a fragment; a location in another document stays its absolute URI.</summary>
    private static string Fragment(string pointer) => pointer.Length == 0 || pointer[0] == '/' ? "#" + pointer : pointer;

    private static string? Read(string name, TextReader input)
    {
        try
        {
            return name == StandardInput ? input.ReadToEnd() : File.ReadAllText(name);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    private static void WriteJson(List<(string Name, SchemaValidationResult Result)> verdicts, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartArray();
            foreach (var (name, result) in verdicts)
            {
                writer.WriteStartObject();
                writer.WriteString("instance", name);
                writer.WriteBoolean("valid", result.IsValid);
                writer.WriteStartArray("findings");
                foreach (var finding in result.Findings)
                {
                    writer.WriteStartObject();
                    writer.WriteString("instancePointer", finding.InstancePointer);
                    writer.WriteString("keyword", finding.Keyword);
                    writer.WriteString("schemaPointer", finding.SchemaPointer);
                    writer.WriteString("message", finding.Message);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static (JsonSchemaValidator?, SpecSchema?, string?) Error(string message) => (null, null, message);

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine(message);
        return ExitCodes.UsageError;
    }
}
