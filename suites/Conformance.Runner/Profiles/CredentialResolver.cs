namespace Conformance.Runner.Profiles;

/// <summary>
/// Reads the secret a <see cref="CredentialSource"/> names: an environment variable's value, or a
/// file's content with trailing line breaks removed (files written by <c>echo</c> end in one).
/// Relative file paths resolve against the working directory; the profile loader has already made
/// its paths absolute.
/// </summary>
public sealed class CredentialResolver
{
    private readonly Func<string, string?> _environment;

    /// <param name="environment">Reads an environment variable; defaults to the process environment.</param>
    public CredentialResolver(Func<string, string?>? environment = null)
    {
        _environment = environment ?? Environment.GetEnvironmentVariable;
    }

    /// <param name="name">The credential's name in the profile, used in error messages.</param>
    public CredentialResolution Resolve(string name, CredentialSource source)
    {
        if ((source.EnvironmentVariable is null) == (source.File is null))
        {
            return Fail($"Credential '{name}' must name exactly one of an environment variable or a file.");
        }

        if (source.EnvironmentVariable is { } variable)
        {
            var value = _environment(variable);
            return string.IsNullOrEmpty(value)
                ? Fail($"Credential '{name}': environment variable {variable} is not set or empty.")
                : new CredentialResolution(value, null);
        }

        var path = Path.GetFullPath(source.File!); // exactly one is set, and it is not the variable
        try
        {
            var content = File.ReadAllText(path).TrimEnd('\r', '\n');
            return content.Length == 0
                ? Fail($"Credential '{name}': file {path} is empty.")
                : new CredentialResolution(content, null);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return Fail($"Credential '{name}': file {path} does not exist.");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Fail($"Credential '{name}': file {path} cannot be read ({exception.GetType().Name}).");
        }
    }

    private static CredentialResolution Fail(string error) => new(null, error);
}
