using Conformance.Mock.Apis.Finum.Auth;
using Conformance.Mock.Apis.Finum.State;
using Conformance.Mock.Clock;
using Conformance.Mock.Http;
using Conformance.Mock.Seeding;

namespace Conformance.Mock.Apis.Finum;

/// <summary>
/// FiNUM's slow start-up work: binding its seed file, seeding the book, and loading and warming up the
/// trusted keys, side by side. A bad seed file fails the host's start with the file, line and column. <see cref="Begin"/> starts both on the thread pool as soon as the module is configured, so
/// they overlap with building and starting the host; the host awaits <see cref="InitializeAsync"/>
/// before it answers, so the store and the verifier are there for every request.
/// </summary>
public sealed class FinumRuntime(Func<SeedSettings> seed, ProviderClock clock, string fixturesDirectory, FinumOptions options) : IModuleInitializer
{
    private Task<FinumStore>? storeTask;
    private Task<FinumJwtVerifier>? verifierTask;
    private FinumStore? store;
    private FinumJwtVerifier? verifier;

    public FinumStore Store => store ?? throw NotReady();

    public FinumJwtVerifier Verifier => verifier ?? throw NotReady();

    /// <summary>Rendered answers of repeated reads by id, each valid at the revision of the table it was read from.</summary>
    public RenderedAnswerCache Answers { get; } = new();

    /// <summary>Starts seeding and key loading in the background (idempotent).</summary>
    public void Begin()
    {
        storeTask ??= Task.Run(() => new FinumStore(seed()));
        verifierTask ??= Task.Run(async () =>
        {
            var loaded = new FinumJwtVerifier(clock, FinumTrustedKeys.Load(fixturesDirectory, options.TrustedConsumerKeys));
            await loaded.VerifyAsync(FinumJwtVerifier.WarmUpHeader);
            return loaded;
        });
    }

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        Begin();
        store = await storeTask!.WaitAsync(cancellationToken);
        verifier = await verifierTask!.WaitAsync(cancellationToken);
    }

    private static InvalidOperationException NotReady() => new("The FiNUM module was used before the host finished starting.");
}
