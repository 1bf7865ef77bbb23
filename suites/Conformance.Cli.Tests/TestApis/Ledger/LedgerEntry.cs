namespace Conformance.Cli.Tests.TestApis.Ledger;

/// <summary>One ledger entry as the contract's <c>Entry</c> schema has it.</summary>
public sealed record LedgerEntry(string Id, string Account, decimal Amount, string Currency);
