using Conformance.Mock.Apis.Seyna.Model;

namespace Conformance.Mock.Apis.Seyna.State;

/// <summary>One portfolio: its description and a collection per object type.</summary>
public sealed class SeynaPortfolioState(SeynaPortfolio portfolio)
{
    private readonly Dictionary<SeynaKind, SeynaCollection> collections = SeynaKind.All.ToDictionary(k => k, _ => new SeynaCollection());

    public SeynaPortfolio Portfolio { get; } = portfolio;

    public SeynaCollection this[SeynaKind kind] => collections[kind];

    public void Reset()
    {
        foreach (var collection in collections.Values)
        {
            collection.Reset();
        }
    }
}
