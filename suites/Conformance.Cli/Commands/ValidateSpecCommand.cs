using System.CommandLine;
using Conformance.Specs.Loading;

namespace Conformance.Cli.Commands;

/// <summary>
/// <c>conformance validate-spec &lt;file&gt;…</c>: prints every diagnostic of OpenAPI documents (ours or a
/// provider's variant). Exit 0 when every file is clean, 2 otherwise.
/// </summary>
public static class ValidateSpecCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var files = new Argument<FileInfo[]>("file")
        {
            Description = "OpenAPI 3.x documents, JSON or YAML.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("validate-spec", "Load OpenAPI documents and print their diagnostics.") { files };
        command.SetAction(parseResult => Run(parseResult.GetValue(files) ?? [], output, error));
        return command;
    }

    private static int Run(IReadOnlyList<FileInfo> files, TextWriter output, TextWriter error)
    {
        var clean = true;
        foreach (var file in files)
        {
            var result = SpecLoader.LoadFile(file.FullName);
            foreach (var diagnostic in result.Diagnostics)
            {
                error.WriteLine(diagnostic.ToString());
            }

            if (result.IsClean)
            {
                var spec = result.Spec!; // IsClean implies a spec
                output.WriteLine(
                    $"{file.Name}: ok ({spec.Title} {spec.Version}, OpenAPI {spec.OpenApiVersion}, {spec.Operations.Count} operations, {spec.Webhooks.Count} webhooks)");
            }
            else
            {
                clean = false;
                var errors = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
                var warnings = result.Diagnostics.Count - errors;
                output.WriteLine($"{file.Name}: {errors} error(s), {warnings} warning(s)");
            }
        }

        return clean ? ExitCodes.Success : ExitCodes.UsageError;
    }
}
