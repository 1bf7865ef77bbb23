using Conformance.Runner.Profiles;

namespace Conformance.Runner.Auth;

/// <summary>
/// Reads secrets named by a profile: an environment variable's value, or a file's contents.
/// A missing variable or file is a configuration error (<see cref="ConformanceConfigurationException"/>).
/// </summary>
public static class CredentialResolver
{
    public static string Read(string name, CredentialSource source)
    {
        if (source.EnvironmentVariable is { } variable)
        {
            return Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
                ? value
                : throw new ConformanceConfigurationException($"credential '{name}': environment variable {variable} is not set");
        }

        if (source.File is { } file)
        {
            try
            {
                return File.ReadAllText(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new ConformanceConfigurationException($"credential '{name}': cannot read {file}: {e.Message}");
            }
        }

        throw new ConformanceConfigurationException($"credential '{name}' names neither an environment variable nor a file");
    }
}
