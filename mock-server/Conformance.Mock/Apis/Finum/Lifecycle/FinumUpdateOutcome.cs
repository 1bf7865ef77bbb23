using Conformance.Mock.Apis.Finum.Model;

namespace Conformance.Mock.Apis.Finum.Lifecycle;

/// <summary>Result of a contract update: the stored contract, or the HTTP status and reason it was refused.</summary>
public sealed record FinumUpdateOutcome(FinumContract? Contract, int Status, string? Detail)
{
    public static FinumUpdateOutcome Ok(FinumContract contract) => new(contract, 200, null);

    public static FinumUpdateOutcome Refused(int status, string detail) => new(null, status, detail);
}
