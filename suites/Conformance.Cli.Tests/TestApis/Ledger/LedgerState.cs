using System.Globalization;
using Conformance.Mock.Apis;
using Conformance.Mock.Seeding;
using Conformance.Mock.State;

namespace Conformance.Cli.Tests.TestApis.Ledger;

/// <summary>
/// The entries, seeded by the module's asynchronous initializer: entry n derives from (global seed,
/// <c>ledger</c>, <c>entry</c>, its id) alone, so the data does not depend on order or restarts. New
/// ids continue after the highest one; a reset returns to the seeded entries.
/// </summary>
public sealed class LedgerState(LedgerSeedSettings seed, int globalSeed) : IModuleInitializer, IResettable
{
    private static readonly string[] Currencies = ["EUR", "USD"];
    private readonly Lock gate = new();
    private VersionedRecordTable<LedgerEntry>? entries;
    private int lastId;

    public VersionedRecordTable<LedgerEntry> Entries => entries ?? throw new InvalidOperationException("The ledger is not seeded yet.");

    public Task InitializeAsync(CancellationToken cancellationToken)
    {
        var seeded = Enumerable.Range(1, seed.Entries).Select(Seeded).ToList();
        entries = new VersionedRecordTable<LedgerEntry>(seeded, e => e.Id);
        lastId = seed.Entries;
        return Task.CompletedTask;
    }

    public LedgerEntry Add(string account, decimal amount, string currency)
    {
        lock (gate)
        {
            var entry = new LedgerEntry(Id(++lastId), account, amount, currency);
            Entries.Put(entry);
            return entry;
        }
    }

    public void Reset()
    {
        lock (gate)
        {
            Entries.Reset();
            lastId = seed.Entries;
        }
    }

    private static string Id(int number) => "E" + number.ToString("D6", CultureInfo.InvariantCulture);

    private LedgerEntry Seeded(int number)
    {
        var id = Id(number);
        var random = new StableRandom(StableSeed.For(globalSeed, "ledger", "entry", id));
        var account = "NL" + random.Next(0, 10_000).ToString("D4", CultureInfo.InvariantCulture);
        var amount = random.Next(1, 1_000_000) / 100m;
        return new LedgerEntry(id, account, amount, Currencies[random.Next(0, Currencies.Length)]);
    }
}
