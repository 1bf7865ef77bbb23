using Conformance.Mock.Apis;
using Conformance.Mock.State;

namespace Conformance.Mock.Tests.Support.Tiny;

/// <summary>The test-only API's records, filled by its asynchronous initializer (which can be held back by a gate).</summary>
public sealed class TinyState(TinySeedSettings seed, Task? gate, TaskCompletionSource? entered) : IModuleInitializer
{
    private VersionedRecordTable<TinyItem>? items;

    public VersionedRecordTable<TinyItem> Items => items ?? throw new InvalidOperationException("not initialised");

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        entered?.TrySetResult();
        if (gate is not null)
        {
            await gate.WaitAsync(cancellationToken);
        }

        items = new VersionedRecordTable<TinyItem>([.. seed.Items.Select(name => new TinyItem(name, seed.Greeting))], i => i.Name);
    }
}
