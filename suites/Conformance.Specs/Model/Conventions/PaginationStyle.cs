namespace Conformance.Specs.Model.Conventions;

public enum PaginationStyle
{
    /// <summary>Every answer holds the full result.</summary>
    None,

    /// <summary>A page size parameter and an opaque cursor: the answer's next-member is passed back as the cursor parameter.</summary>
    Cursor,

    /// <summary>A page size parameter and a number of items to skip.</summary>
    Offset,
}
