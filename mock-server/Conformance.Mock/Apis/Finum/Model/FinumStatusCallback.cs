namespace Conformance.Mock.Apis.Finum.Model;

/// <summary>Schema <c>ContractStatusCallback</c>; <see cref="ChangedAt"/> equals the contract's new <c>updatedAt</c>.</summary>
public sealed record FinumStatusCallback(string Id, int Status, DateTimeOffset ChangedAt);
