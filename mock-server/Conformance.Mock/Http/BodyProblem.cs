namespace Conformance.Mock.Http;

/// <summary>A refused request body: the kind, the HTTP status to answer with and a message for people.</summary>
public sealed record BodyProblem(BodyProblemKind Kind, int StatusCode, string Message);
