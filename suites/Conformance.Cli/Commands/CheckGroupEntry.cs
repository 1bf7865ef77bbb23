namespace Conformance.Cli.Commands;

/// <summary>One API's checks as <c>list-checks --format json</c> prints them (<c>api</c> is <c>all</c> for the checks of every API).</summary>
public sealed record CheckGroupEntry(string Api, IReadOnlyList<CheckEntry> Checks);
