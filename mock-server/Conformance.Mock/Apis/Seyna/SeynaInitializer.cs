using Conformance.Mock.Apis.Seyna.Http;
using Conformance.Mock.Apis.Seyna.State;

namespace Conformance.Mock.Apis.Seyna;

/// <summary>Loads the contract the PUT bodies are judged by and seeds the portfolios, concurrently, before the first request.</summary>
public sealed class SeynaInitializer(SeynaStore store, SeynaBodyRules rules) : IModuleInitializer
{
    public Task InitializeAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(Task.Run(rules.Load, cancellationToken), store.InitializeAsync(cancellationToken));
}
