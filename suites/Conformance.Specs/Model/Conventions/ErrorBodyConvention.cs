namespace Conformance.Specs.Model.Conventions;

/// <summary>
/// What every error answer of the API looks like. An answer is an error answer when its status
/// matches <see cref="Statuses"/> and, if <see cref="BodyMember"/> is set, that member is present.
/// Its body must match <see cref="Schema"/> and come as one of <see cref="MediaTypes"/>;
/// <see cref="StatusMember"/>, when set, points at members that must repeat the HTTP status.
/// </summary>
public sealed record ErrorBodyConvention
{
    /// <summary>The schema as written in the contract, e.g. <c>#/components/schemas/Problem</c>.</summary>
    public required string SchemaRef { get; init; }

    public required SpecSchema Schema { get; init; }

    /// <summary>Media types without parameters, lower-case.</summary>
    public required IReadOnlyList<string> MediaTypes { get; init; }

    /// <summary>Default: <c>4XX</c> and <c>5XX</c>.</summary>
    public IReadOnlyList<string> Statuses { get; init; } = ["4XX", "5XX"];

    public string? BodyMember { get; init; }

    /// <summary>A JSON pointer pattern; each member it selects must equal the HTTP status (number or string).</summary>
    public string? StatusMember { get; init; }

    /// <summary>Operations whose errors follow another standard (e.g. an OAuth token endpoint, RFC 6749 §5.2).</summary>
    public IReadOnlyList<string> ExceptOperations { get; init; } = [];
}
