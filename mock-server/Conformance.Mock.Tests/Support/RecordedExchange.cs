namespace Conformance.Mock.Tests.Support;

/// <summary>One request/response pair seen by the test client.</summary>
public sealed record RecordedExchange(string Method, string Path, int Status, string? ContentType, string Body);
