namespace Conformance.Mock.State;

/// <summary>State that <c>POST /__admin/reset</c> returns to its seeded form.</summary>
public interface IResettable
{
    void Reset();
}
