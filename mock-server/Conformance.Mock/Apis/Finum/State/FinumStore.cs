using Conformance.Mock.Apis.Finum.Model;
using Conformance.Mock.Apis.Finum.Seeding;
using Conformance.Mock.Seeding;
using Conformance.Mock.State;

namespace Conformance.Mock.Apis.Finum.State;

/// <summary>
/// The FiNUM records: seeded at start, changed through the API, back to seeded on reset. Writes that
/// touch several records (a contract and its new file) take <see cref="WriteLock"/>.
/// </summary>
public sealed class FinumStore : IResettable
{
    private readonly Dictionary<string, List<string>> seededByHolder = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> createdByHolder = new(StringComparer.Ordinal);
    private int createdContracts;
    private int createdClients;
    private int createdFiles;

    public FinumStore(SeedSettings settings)
    {
        Settings = settings;
        var data = FinumSeeder.Generate(settings);
        RecordTable<FinumContract>? contracts = null;
        RecordTable<FinumFile>? files = null;

        // The two big tables and the holder index are independent: build them side by side.
        Parallel.Invoke(
            () => contracts = new RecordTable<FinumContract>(data.Contracts, c => c.Id, c => c.UpdatedAt),
            () => files = new RecordTable<FinumFile>(data.Files, f => f.Id, f => f.UpdatedAt),
            () => IndexHolders(data.Contracts));
        Contracts = contracts!;
        Files = files!;
        Clients = new RecordTable<FinumClient>(data.Clients, c => c.Id, c => c.UpdatedAt);
        Products = new RecordTable<FinumProduct>(data.Products, p => p.Id, p => p.UpdatedAt);
        Users = new RecordTable<FinumUser>(data.Users, u => u.Id, u => u.UpdatedAt);
    }

    public SeedSettings Settings { get; }

    public Lock WriteLock { get; } = new();

    public RecordTable<FinumContract> Contracts { get; }
    public RecordTable<FinumClient> Clients { get; }
    public RecordTable<FinumProduct> Products { get; }
    public RecordTable<FinumUser> Users { get; }
    public RecordTable<FinumFile> Files { get; }

    /// <summary>Contract ids held by a client, in id order (seeded first, then created ones).</summary>
    public List<string> ContractIdsOfHolder(string holderId)
    {
        var result = new List<string>();
        if (seededByHolder.TryGetValue(holderId, out var seeded))
        {
            result.AddRange(seeded);
        }

        lock (WriteLock)
        {
            if (createdByHolder.TryGetValue(holderId, out var created))
            {
                result.AddRange(created);
            }
        }

        return result;
    }

    /// <summary>Next id for a created contract; call under <see cref="WriteLock"/>.</summary>
    public string NextContractId(string holderId)
    {
        var id = FinumIds.Contract(Contracts.SeededCount + createdContracts++);
        if (!createdByHolder.TryGetValue(holderId, out var ids))
        {
            createdByHolder[holderId] = ids = [];
        }

        ids.Add(id);
        return id;
    }

    /// <summary>Next id for a created client; call under <see cref="WriteLock"/>.</summary>
    public string NextClientId() => FinumIds.Client(Clients.SeededCount + createdClients++);

    /// <summary>Next id for a created document; call under <see cref="WriteLock"/>.</summary>
    public string NextFileId() => FinumIds.File(Files.SeededCount + createdFiles++);

    private void IndexHolders(IReadOnlyList<FinumContract> contracts)
    {
        foreach (var contract in contracts)
        {
            if (!seededByHolder.TryGetValue(contract.HolderId, out var ids))
            {
                seededByHolder[contract.HolderId] = ids = [];
            }

            ids.Add(contract.Id);
        }
    }

    public void Reset()
    {
        lock (WriteLock)
        {
            Contracts.Reset();
            Clients.Reset();
            Products.Reset();
            Users.Reset();
            Files.Reset();
            createdByHolder.Clear();
            createdContracts = createdClients = createdFiles = 0;
        }
    }
}
