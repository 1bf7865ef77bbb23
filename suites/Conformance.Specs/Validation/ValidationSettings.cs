using Json.Schema;

namespace Conformance.Specs.Validation;

/// <summary>
/// How every schema is built and evaluated: draft 2020-12 (the dialect of OpenAPI 3.1, also chosen
/// for a schema that names the OpenAPI base dialect), <c>pattern</c> and <c>patternProperties</c> with
/// ECMA-262 semantics, and <c>format</c> as an assertion with <see cref="StandardFormats"/>.
/// </summary>
internal static class ValidationSettings
{
    /// <summary>The dialect URIs of OpenAPI 3.1 Schema Objects; each is 2020-12 plus annotations only.</summary>
    private static readonly Uri[] OpenApiDialects =
    [
        new("https://spec.openapis.org/oas/3.1/dialect/base"),
        new("https://spec.openapis.org/oas/3.1/dialect/2024-10-25"),
    ];

    /// <summary>The ECMA-262 handlers take the place of the library's (same keyword names), keeping 2020-12's id.</summary>
    public static Dialect Dialect { get; } = Dialect.Draft202012
        .With([EcmaPatternKeyword.Shared, EcmaPatternPropertiesKeyword.Shared, EcmaAdditionalPropertiesKeyword.Shared], Dialect.Draft202012.Id);

    /// <summary>
    /// Formats asserted: those with a check faithful to their standard. The others (<c>iri</c>,
    /// <c>uri-reference</c>, <c>idn-email</c>, <c>duration</c>, …) stay annotations, as 2020-12's
    /// format-annotation vocabulary makes every format by default.
    /// </summary>
    public static FormatRegistry Formats { get; } = StandardFormats.Create();

    public static EvaluationOptions Flag { get; } = new()
    {
        OutputFormat = OutputFormat.Flag,
        RequireFormatValidation = true,
        FormatRegistry = Formats,
    };

    public static EvaluationOptions List { get; } = new()
    {
        OutputFormat = OutputFormat.List,
        RequireFormatValidation = true,
        FormatRegistry = Flag.FormatRegistry,
    };

    public static DialectRegistry CreateDialects()
    {
        var registry = new DialectRegistry();
        registry.Register(Dialect);
        foreach (var id in OpenApiDialects)
        {
            registry.Register(Dialect.With([], id));
        }

        return registry;
    }
}
