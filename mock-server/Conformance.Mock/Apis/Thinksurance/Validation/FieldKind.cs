namespace Conformance.Mock.Apis.Thinksurance.Validation;

public enum FieldKind
{
    String,
    Boolean,
    Integer,
    Array,
    Object,
}
