namespace Conformance.Runner.Arazzo;

/// <summary>Arazzo 1.0.1 criterion types we evaluate (<c>xpath</c> is reported as unsupported at load).</summary>
public enum CriterionType
{
    Simple,
    Regex,
    JsonPath,
}
