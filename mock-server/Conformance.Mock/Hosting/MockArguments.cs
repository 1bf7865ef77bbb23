namespace Conformance.Mock.Hosting;

/// <summary>Result of parsing the command line: options to run with, or help/list/error.</summary>
public sealed record MockArguments(ReferenceProviderOptions? Options, bool ShowHelp, bool ListDefects, string? Error);
