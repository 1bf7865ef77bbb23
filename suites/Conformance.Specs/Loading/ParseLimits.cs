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
    /// (an alias bomb is refused here). Real contracts have a few thousand to tens of thousands of
    /// nodes; 500,000 is roughly 10 MB of YAML, which loads in a few seconds. A larger document is
    /// refused after reading only that far, so even a 50 MB file is answered within about a second
    /// or two instead of the ~15 s a full load would take.
    /// </summary>
    public const int MaxNodes = 500_000;
}
