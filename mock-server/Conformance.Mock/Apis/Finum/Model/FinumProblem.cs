namespace Conformance.Mock.Apis.Finum.Model;

/// <summary>Schema <c>Problem</c> (RFC 9457).</summary>
public sealed record FinumProblem(string Type, string Title, int Status, string Detail, IReadOnlyList<FinumFieldError>? Errors = null);
