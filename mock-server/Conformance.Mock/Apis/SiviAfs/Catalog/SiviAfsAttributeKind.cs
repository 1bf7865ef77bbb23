namespace Conformance.Mock.Apis.SiviAfs.Catalog;

/// <summary>The AFD data type of an attribute, as its schema in the contract gives it.</summary>
public enum SiviAfsAttributeKind
{
    String,
    Date,
    Integer,
    Decimal,
    Boolean,
}
