namespace Conformance.Runner.Tests.Support;

/// <summary>Finds the repository root (the folder holding <c>Conformance.sln</c>) walking up from the test binary.</summary>
public static class RepoPaths
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Conformance.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new DirectoryNotFoundException("repository root not found above " + AppContext.BaseDirectory);
        }
    }
}
