namespace Conformance.Mock.Auth;

/// <summary>A verdict and, when the token is known, the token itself.</summary>
public sealed record TokenCheck(TokenVerdict Verdict, IssuedToken? Token);
