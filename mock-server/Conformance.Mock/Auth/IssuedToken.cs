namespace Conformance.Mock.Auth;

/// <summary>An opaque access token and what it grants; <see cref="ExpiresAt"/> is on the provider clock.</summary>
public sealed record IssuedToken(string Value, string Subject, IReadOnlySet<string> Scopes, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt)
{
    /// <summary>Whole seconds left at <paramref name="now"/> (never negative), e.g. for an <c>expires_in</c> member.</summary>
    public long SecondsLeft(DateTimeOffset now) => Math.Max(0, (long)Math.Floor((ExpiresAt - now).TotalSeconds));
}
