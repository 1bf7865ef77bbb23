namespace Conformance.Mock.Apis.Finum.Model;

/// <summary>
/// Schema <c>ValidationError</c>. <see cref="Pointer"/>: a JSON Pointer into the body (<c>/holderId</c>,
/// <c>""</c> = whole body) or the name of a query/path parameter (<c>id-list</c>).
/// </summary>
public sealed record FinumFieldError(string Pointer, string Message);
