using Conformance.Runner.Results;

namespace Conformance.Cli;

/// <summary>Process exit codes (design §5), the one place they are defined. Stable: CI pipelines branch on them.</summary>
public static class ExitCodes
{
    /// <summary>Conformant, or a command that succeeded.</summary>
    public const int Success = 0;

    /// <summary>The provider (or document) is not conformant.</summary>
    public const int NotConformant = 1;

    /// <summary>Bad usage or configuration: unknown option, unreadable profile, invalid flow or spec file.</summary>
    public const int UsageError = 2;

    /// <summary>The provider could not be reached at all.</summary>
    public const int Unreachable = 3;

    /// <summary>The exit code of a finished run.</summary>
    public static int For(Verdict verdict) => verdict switch
    {
        Verdict.Conformant => Success,
        Verdict.Unreachable => Unreachable,
        _ => NotConformant,
    };
}
