using Conformance.Mock.Apis.Seyna.State;

namespace Conformance.Mock.Apis.Seyna;

/// <summary>
/// Seeds the portfolios. <see cref="Begin"/> starts seeding on the thread pool as soon as the module is
/// configured, so it overlaps with building and starting the host; the host awaits
/// <see cref="InitializeAsync"/> before its first answer. The contract PUT bodies are judged by is
/// loaded at the first PUT (<see cref="Http.SeynaBodyRules.ContractAsync"/>).
/// </summary>
public sealed class SeynaInitializer(SeynaStore store) : IModuleInitializer
{
    private Task? work;

    /// <summary>Starts seeding (idempotent).</summary>
    public void Begin() => work ??= Task.Run(() => store.InitializeAsync(CancellationToken.None));

    public Task InitializeAsync(CancellationToken cancellationToken)
    {
        Begin();
        return work!.WaitAsync(cancellationToken);
    }
}
