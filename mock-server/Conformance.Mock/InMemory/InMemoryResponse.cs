namespace Conformance.Mock.InMemory;

/// <summary>What the modules answered: status, headers in the order set, the body bytes as written.</summary>
/// <param name="Aborted">The pipeline aborted the connection (a dropped-connection fault): send nothing.</param>
public sealed record InMemoryResponse(int StatusCode, IReadOnlyList<KeyValuePair<string, string[]>> Headers, byte[] Body, bool Aborted);
