namespace Conformance.Runner.Profiles;

/// <summary>A resolved secret, or why it could not be resolved. <see cref="Error"/> never contains the secret.</summary>
public sealed record CredentialResolution(string? Value, string? Error)
{
    public bool IsResolved => Value is not null;
}
