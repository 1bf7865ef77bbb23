using Conformance.Mock.Apis.Finum.Auth;
using Conformance.Mock.Apis.Finum.State;
using Conformance.Mock.Clock;
using Conformance.Mock.Seeding;

namespace Conformance.Mock.Apis.Finum;

/// <summary>
/// FiNUM's slow start-up work: seeding the book and loading and warming up the trusted keys, side by
/// side. The host awaits it before answering, so the store and the verifier are there for every request.
/// </summary>
public sealed class FinumRuntime(SeedSettings seed, ProviderClock clock, string fixturesDirectory, FinumOptions options) : IModuleInitializer
{
    private FinumStore? store;
    private FinumJwtVerifier? verifier;

    public FinumStore Store => store ?? throw NotReady();

    public FinumJwtVerifier Verifier => verifier ?? throw NotReady();

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var storeTask = Task.Run(() => new FinumStore(seed), cancellationToken);
        var verifierTask = Task.Run(
            async () =>
            {
                var loaded = new FinumJwtVerifier(clock, FinumTrustedKeys.Load(fixturesDirectory, options.TrustedConsumerKeys));
                await loaded.VerifyAsync(FinumJwtVerifier.WarmUpHeader);
                return loaded;
            },
            cancellationToken);
        store = await storeTask;
        verifier = await verifierTask;
    }

    private static InvalidOperationException NotReady() => new("The FiNUM module was used before the host finished starting.");
}
