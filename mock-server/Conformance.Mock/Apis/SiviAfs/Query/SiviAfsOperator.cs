namespace Conformance.Mock.Apis.SiviAfs.Query;

/// <summary>The eleven <c>_filter</c> operators of the SIVI query parameters.</summary>
public enum SiviAfsOperator
{
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Like,
    In,
    Contains,
    IsNull,
    IsEmpty,
}
