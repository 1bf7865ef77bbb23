namespace Conformance.Mock.Defects;

/// <summary>
/// A deliberate, named non-conformance the provider can be started with. <see cref="ExpectedCheck"/>
/// is the runner check id (snake_case) that must fail when the defect is on.
/// </summary>
public sealed record DefectInfo(string Name, string ApiId, string Description, string ExpectedCheck);
