namespace Conformance.Specs.Model;

public enum ParameterLocation
{
    Path,
    Query,
    Header,
    Cookie,
}

/// <summary>
/// A parameter with its serialisation. <see cref="Style"/> and <see cref="Explode"/> hold the
/// effective values (OpenAPI defaults applied: form/true for query, simple/false for path and header).
/// </summary>
public sealed record SpecParameter(
    string Name,
    ParameterLocation In,
    bool Required,
    string Style,
    bool Explode,
    SpecSchema? Schema,
    string? Description);
