using Conformance.Suites.Support;

namespace Conformance.Suites;

/// <summary>Stops the embedded reference provider once every fixture of this assembly has run.</summary>
[SetUpFixture]
public sealed class SuiteSession
{
    [OneTimeTearDown]
    public async Task StopProviderAsync() => await SuiteRuns.StopAsync();
}
