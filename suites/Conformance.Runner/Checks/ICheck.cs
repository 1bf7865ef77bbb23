using Conformance.Runner.Results;

namespace Conformance.Runner.Checks;

/// <summary>
/// A named conformance rule. <see cref="Id"/> is stable snake_case (reports and profiles refer
/// to it); <see cref="SpecReference"/> names the clause or rule enforced. A mandatory check's
/// severity cannot be lowered by a provider profile.
/// </summary>
public interface ICheck
{
    string Id { get; }
    string Title { get; }
    Severity DefaultSeverity { get; }
    string SpecReference { get; }
    bool IsMandatory { get; }
}
