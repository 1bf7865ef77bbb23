using Conformance.Runner.Profiles;

namespace Conformance.Runner.Auth;

/// <summary>
/// Reads secrets named by a profile for the credential providers, through the one
/// <see cref="Profiles.CredentialResolver"/>; a secret that cannot be read is a configuration error
/// (<see cref="ConformanceConfigurationException"/>) because no run can start without it.
/// </summary>
public static class CredentialResolver
{
    private static readonly Profiles.CredentialResolver Resolver = new();

    public static string Read(string name, CredentialSource source)
    {
        var resolution = Resolver.Resolve(name, source);
        return resolution.Value ?? throw new ConformanceConfigurationException(resolution.Error ?? $"credential '{name}' could not be read");
    }
}
