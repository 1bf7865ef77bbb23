namespace Conformance.Cli.Commands;

/// <summary>One check as <c>list-checks --format json</c> prints it.</summary>
public sealed record CheckEntry(string Id, string Title, string DefaultSeverity, bool Mandatory, string Kind, string SpecReference);
