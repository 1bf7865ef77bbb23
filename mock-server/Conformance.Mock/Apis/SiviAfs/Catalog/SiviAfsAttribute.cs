namespace Conformance.Mock.Apis.SiviAfs.Catalog;

/// <summary>An attribute of an entity; <see cref="IsArray"/> for multi-valued attributes (and every <c>…Ref</c>).</summary>
public sealed record SiviAfsAttribute(string Name, SiviAfsAttributeKind Kind, bool IsArray)
{
    /// <summary>Kept by every projection, so datasets can still be reassembled (contract, parameter <c>_fields</c>).</summary>
    public bool AlwaysKept => Name is "entityType" or "refKey" || Name.EndsWith("Ref", StringComparison.Ordinal);
}
