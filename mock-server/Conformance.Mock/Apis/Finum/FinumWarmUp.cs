using Conformance.Mock.Apis.Finum.Auth;
using Conformance.Mock.Apis.Finum.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Conformance.Mock.Apis.Finum;

/// <summary>
/// Seeds the store and loads the trusted keys in the background once the server listens, so start-up
/// does not wait for them and the first FiNUM request usually finds them ready (a request arriving
/// earlier waits for the same one-time work).
/// </summary>
public sealed class FinumWarmUp(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Task.Run(() =>
        {
            try
            {
                services.GetRequiredService<FinumStore>();
                services.GetRequiredService<FinumJwtVerifier>();
            }
            catch (ObjectDisposedException)
            {
                // The provider stopped before warm-up finished; nothing to warm any more.
            }
        }, CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
