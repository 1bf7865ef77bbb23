namespace Conformance.Mock.Apis.Thinksurance.Model;

/// <summary>
/// An insurer as a holder names it: the id field (<c>baFinId</c>, <c>insurerId</c>,
/// <c>supervisingAuthorityId</c>) and its value. <c>baFinId 5405</c> and <c>insurerId 5405</c> are different insurers.
/// </summary>
public sealed record InsurerKey(string Field, string Value)
{
    public static readonly IReadOnlyList<string> Fields = ["baFinId", "insurerId", "supervisingAuthorityId"];
}
