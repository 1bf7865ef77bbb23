namespace Conformance.Specs.Loading;

/// <summary>
/// Bounds that keep a hostile or broken document from exhausting memory or time. A document that
/// exceeds one is refused with a diagnostic.
/// </summary>
internal static class ParseLimits
{
    /// <summary>Deepest nesting of objects and arrays accepted (real contracts stay below 30).</summary>
    public const int MaxDepth = 256;

    /// <summary>
    /// Most JSON nodes one document may produce, counting every copy made by YAML alias expansion
    /// (an alias bomb is refused here). Real contracts have tens of thousands of nodes.
    /// </summary>
    public const int MaxNodes = 2_000_000;
}
