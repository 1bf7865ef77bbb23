using Microsoft.Extensions.Hosting;

namespace Conformance.Mock.Apis;

/// <summary>
/// Runs every <see cref="IModuleInitializer"/> concurrently as the host starts; the host's start
/// completes only when all have finished, and <see cref="Hosting.ReadinessMiddleware"/> holds any
/// request that arrives earlier until then.
/// </summary>
public sealed class ModuleStartup(IEnumerable<IModuleInitializer> initializers) : IHostedService
{
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when every module is initialised; faults when one failed.</summary>
    public Task WhenReady => ready.Task;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.WhenAll(initializers.Select(i => Task.Run(() => i.InitializeAsync(cancellationToken), cancellationToken)));
            ready.TrySetResult();
        }
        catch (Exception ex)
        {
            ready.TrySetException(ex);
            throw;
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
