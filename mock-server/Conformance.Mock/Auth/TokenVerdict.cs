namespace Conformance.Mock.Auth;

/// <summary>What <see cref="OpaqueTokenIssuer.Verify"/> found.</summary>
public enum TokenVerdict
{
    Valid,

    /// <summary>Never issued, revoked, or issued before the last reset.</summary>
    Unknown,

    Expired,

    /// <summary>Valid, but without a scope the call needs.</summary>
    MissingScope,
}
