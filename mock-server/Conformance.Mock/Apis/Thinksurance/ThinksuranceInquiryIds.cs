namespace Conformance.Mock.Apis.Thinksurance;

/// <summary>How inquiry ids, dates and statuses are generated.</summary>
public sealed record ThinksuranceInquiryIds
{
    /// <summary><c>iId</c> = this + index.</summary>
    public int FirstInquiryId { get; init; }

    public int UpdatedWithinDays { get; init; }

    /// <summary>Cycled in this order.</summary>
    public required IReadOnlyList<int> Statuses { get; init; }

    public int FirstCustomerId { get; init; }
    public int FirstDocumentId { get; init; }
}
