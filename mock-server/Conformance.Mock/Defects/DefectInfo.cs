namespace Conformance.Mock.Defects;

/// <summary>
/// A deliberate, named non-conformance the provider can be started with. <see cref="ExpectedCheck"/>
/// is the runner check id (snake_case) that must fail when the defect is on.
/// </summary>
public sealed record DefectInfo(string Name, string ApiId, string Description, string ExpectedCheck)
{
    /// <summary>
    /// The workflows whose run catches the defect (the defect tests run only those); empty: the cases the
    /// runner generates from the contract catch it.
    /// </summary>
    public IReadOnlyList<string> CaughtBy { get; init; } = [];
}
