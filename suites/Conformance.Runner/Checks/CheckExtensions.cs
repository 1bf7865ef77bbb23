using Conformance.Runner.Results;

namespace Conformance.Runner.Checks;

public static class CheckExtensions
{
    /// <summary>A finding of this check with its default severity.</summary>
    public static Finding Fail(this ICheck check, string message, string? specReference = null, string? instancePointer = null) => new()
    {
        CheckId = check.Id,
        Title = check.Title,
        Severity = check.DefaultSeverity,
        Message = message,
        SpecReference = specReference ?? check.SpecReference,
        InstancePointer = instancePointer,
    };
}
