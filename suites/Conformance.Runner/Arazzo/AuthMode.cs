namespace Conformance.Runner.Arazzo;

/// <summary>The credential a step sends (<c>x-conformance-auth</c>; docs/flows.md).</summary>
public enum AuthMode
{
    /// <summary>The API's valid credentials.</summary>
    Default,
    None,
    Expired,
    Forged,
    WrongKey,
    AlgNone,
    Garbage,

    /// <summary>The right user or client with a wrong secret (HTTP Basic).</summary>
    WrongSecret,

    /// <summary>A valid token that lacks a scope the operation requires (OAuth2).</summary>
    MissingScope,
}
