namespace Conformance.Specs.Model;

/// <summary>
/// A callback of an operation: <see cref="Expression"/> is the runtime expression giving the URL
/// (e.g. <c>{$request.body#/callbackUrl}</c>); <see cref="Operations"/> are the requests the provider sends.
/// </summary>
public sealed record SpecCallback(string Name, string Expression, IReadOnlyList<SpecOperation> Operations);
