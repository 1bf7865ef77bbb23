namespace Conformance.Cli.Tests.TestApis.Ledger;

/// <summary>The one HTTP Basic user the Ledger module accepts, read from its test-only credential files.</summary>
public sealed record LedgerUser(string Name, string Password);
