namespace Conformance.Mock.Apis.Finum.Model;

/// <summary>Schema <c>AuthStatus</c>.</summary>
public sealed record FinumAuthStatus(bool Authenticated, string Consumer, DateTimeOffset ExpiresAt);
