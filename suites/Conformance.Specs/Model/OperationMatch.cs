namespace Conformance.Specs.Model;

/// <summary>
/// A concrete path matched to a path template. <see cref="Operation"/> is null when the path is
/// documented but the method is not; <see cref="AllowedMethods"/> then lists the documented ones.
/// </summary>
public sealed record OperationMatch(
    string PathTemplate,
    SpecOperation? Operation,
    IReadOnlyDictionary<string, string> PathParameters,
    IReadOnlyList<string> AllowedMethods);
