namespace Conformance.Mock.Apis;

/// <summary>
/// A module's asynchronous start-up step (seeding, loading keys). Every registered initializer runs
/// concurrently when the host starts, and the host binds its addresses only after all have finished;
/// a failure stops the start.
/// </summary>
public interface IModuleInitializer
{
    Task InitializeAsync(CancellationToken cancellationToken);
}
