namespace Conformance.Mock.Apis.Finum.Auth;

/// <summary>Outcome of checking a bearer token: the consumer and expiry, or why it was refused.</summary>
public sealed record FinumTokenVerdict(string? Consumer, DateTimeOffset ExpiresAt, string? Error)
{
    public bool Accepted => Error is null;

    public static FinumTokenVerdict Refused(string error) => new(null, default, error);
}
