namespace Conformance.Runner.Auth;

/// <summary>A token obtained from the provider and when it expires, or (<see cref="Token"/> null) why none was obtained.</summary>
public sealed record ObtainedToken(string? Token, DateTimeOffset Expires, string? Problem)
{
    public static ObtainedToken Failed(string problem) => new(null, DateTimeOffset.MinValue, problem);
}
