namespace Conformance.Mock.Seeding;

/// <summary>A seed file that cannot be used: bad YAML, an unknown key, a mistyped value. The message names the file, line and column.</summary>
public sealed class SeedFileException : InvalidOperationException
{
    public SeedFileException()
    {
    }

    public SeedFileException(string message)
        : base(message)
    {
    }

    public SeedFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
