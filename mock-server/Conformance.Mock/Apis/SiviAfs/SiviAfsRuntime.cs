using Conformance.Mock.Apis.SiviAfs.Auth;
using Conformance.Mock.Apis.SiviAfs.Catalog;
using Conformance.Mock.Apis.SiviAfs.Seeding;
using Conformance.Mock.Apis.SiviAfs.State;
using Conformance.Mock.Http;
using Conformance.Mock.Seeding;
using Conformance.Mock.State;
using Conformance.Specs.Loading;
using Conformance.Specs.Model;

namespace Conformance.Mock.Apis.SiviAfs;

/// <summary>
/// SIVI's slow start-up work, in the background while the host starts: binding the seed file and the
/// clients (the host awaits them in <see cref="InitializeAsync"/>, so a bad seed file stops the
/// start), seeding the three clusters and loading the contract, where the query catalogue and the
/// request schemas come from. Seeding and the contract are not awaited by the host, so the other
/// modules answer without waiting for them; every SIVI request awaits <see cref="ContractReadyAsync"/> first.
/// </summary>
public sealed class SiviAfsRuntime(Func<SiviAfsSeedSettings> settings, Func<SiviAfsSeedSettings, SiviAfsClusters<int>> counts, int globalSeed, string contractFile, string credentialsDirectory)
    : IModuleInitializer, IResettable
{
    private Task<(ApiSpec Spec, Dictionary<SiviAfsCluster, SiviAfsStructure> Structures)>? contractTask;
    private Task<(SiviAfsSeedSettings Settings, SiviAfsClients Clients)>? settingsTask;
    private Task<Dictionary<SiviAfsCluster, SiviAfsClusterStore>>? storesTask;
    private SiviAfsClients? clients;
    private Loaded? loaded;
    private Dictionary<SiviAfsCluster, SiviAfsClusterStore>? stores;
    private SiviAfsSeedSettings? seed;

    public ApiSpec Spec => (loaded ?? throw NotReady()).Spec;

    public SiviAfsSeedSettings Settings => seed ?? throw NotReady();

    public SiviAfsClients Clients => clients ?? throw NotReady();

    public SiviAfsStructure Structure(SiviAfsCluster cluster) => (loaded ?? throw NotReady()).Structures[cluster];

    /// <summary>Rendered retrieve answers, each valid at its cluster's revision.</summary>
    public RenderedAnswerCache Answers { get; } = new();

    public SiviAfsClusterStore Store(SiviAfsCluster cluster) => (stores ?? throw NotReady())[cluster];

    /// <summary>Starts binding the seed file and reading the client secrets (idempotent).</summary>
    public void Begin()
    {
        settingsTask ??= Task.Run(() =>
        {
            var file = settings();
            return (file, SiviAfsClients.Load(file.OauthClients, credentialsDirectory));
        });
    }

    /// <summary>
    /// Starts loading the contract and seeding (idempotent): once the host has started, so this CPU
    /// work does not slow the other modules' start, or at the first SIVI request if that comes first.
    /// </summary>
    public void BeginBook()
    {
        Begin();
        contractTask ??= Task.Run(() =>
        {
            var loaded = SpecLoader.LoadFile(contractFile);
            var contract = loaded.Spec ?? throw new SeedFileException($"sivi-afs: the contract {contractFile} does not load: {string.Join("; ", loaded.Diagnostics.Take(3))}");
            return (contract, SiviAfsCluster.All.ToDictionary(c => c, c => SiviAfsCatalogReader.Read(contract.Document, c)));
        });
        storesTask ??= Task.Run(async () =>
        {
            var (file, _) = await settingsTask!;
            var n = counts(file);
            var data = SiviAfsSeeder.Seed(file, globalSeed, n);
            return new Dictionary<SiviAfsCluster, SiviAfsClusterStore>
            {
                [SiviAfsCluster.Policy] = new(SiviAfsCluster.Policy, file.IdPrefixes.Policy, data.Versions.Policy, n.Policy),
                [SiviAfsCluster.Claim] = new(SiviAfsCluster.Claim, file.IdPrefixes.Claim, data.Versions.Claim, n.Claim),
                [SiviAfsCluster.Party] = new(SiviAfsCluster.Party, file.IdPrefixes.Party, data.Versions.Party, n.Party),
            };
        });
    }

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        Begin();
        (seed, clients) = await settingsTask!.WaitAsync(cancellationToken);
    }

    /// <summary>Completes once the contract is loaded and the book seeded (at once after the first time).</summary>
    public async ValueTask ContractReadyAsync()
    {
        if (loaded is null || stores is null)
        {
            BeginBook();
            var (contract, structures) = await contractTask!;
            loaded = new Loaded(contract, structures);
            stores = await storesTask!;
        }
    }

    public void Reset()
    {
        foreach (var store in stores?.Values ?? Enumerable.Empty<SiviAfsClusterStore>())
        {
            store.Reset();
        }
    }

    /// <summary>The contract and its catalogue, published together in one reference.</summary>
    private sealed record Loaded(ApiSpec Spec, Dictionary<SiviAfsCluster, SiviAfsStructure> Structures);

    private static InvalidOperationException NotReady() => new("The SIVI AFS module was used before the host finished starting.");
}
