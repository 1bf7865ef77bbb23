using Conformance.Mock.Apis.Seyna.Model;
using Conformance.Mock.Apis.Seyna.Seeding;
using Conformance.Mock.State;

namespace Conformance.Mock.Apis.Seyna.State;

/// <summary>
/// Every portfolio of the provider, seeded by the module's asynchronous initializer (portfolios in
/// parallel) and returned to the seeded state by a reset.
/// </summary>
public sealed class SeynaStore(SeynaSeedSettings settings, int globalSeed, int contractCount, int claimCount) : IResettable
{
    private readonly SortedDictionary<string, SeynaPortfolioState> portfolios =
        new(settings.Portfolios.ToDictionary(p => p.Id, p => new SeynaPortfolioState(p), StringComparer.Ordinal), StringComparer.Ordinal);

    public IEnumerable<SeynaPortfolioState> Portfolios => portfolios.Values;

    public SeynaPortfolioState? Find(string id) => portfolios.GetValueOrDefault(id);

    public Task InitializeAsync(CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(portfolios.Values, cancellationToken, (state, _) =>
        {
            var (contracts, receipts, claims, settlements) = new SeynaSeeder(settings, globalSeed, contractCount, claimCount).Seed(state.Portfolio);
            state[SeynaKind.Contract].Load(contracts);
            state[SeynaKind.Receipt].Load(receipts);
            state[SeynaKind.Claim].Load(claims);
            state[SeynaKind.Settlement].Load(settlements);
            return ValueTask.CompletedTask;
        });

    public void Reset()
    {
        foreach (var state in portfolios.Values)
        {
            state.Reset();
        }
    }
}
