using Conformance.Mock.Hosting;

namespace Conformance.Mock.Tests.Support;

/// <summary>
/// Starts one reference provider per fixture on a free loopback port, resets it before each test and
/// then lets the API's base authorize the client; after each test, fails it if any answer of the API
/// it received broke the API's contract.
/// </summary>
/// <param name="apiId">The API whose contract judges the answers (its folder under <c>fixtures/apis/</c>).</param>
/// <param name="basePath">The API's base path on the provider.</param>
/// <param name="apiName">The API's name in failure messages.</param>
public abstract class ModuleTestBase(string apiId, string basePath, string apiName)
{
    protected RunningReferenceProvider Provider { get; private set; } = null!;
    protected HttpClient Client { get; private set; } = null!;
    protected SpecValidatingHandler Validation { get; private set; } = null!;

    protected virtual ReferenceProviderOptions Options => new() { Urls = ["http://127.0.0.1:0"], Quiet = true };

    protected DateTimeOffset Now => Provider.Clock.GetUtcNow();

    [OneTimeSetUp]
    public async Task StartProviderAsync()
    {
        Provider = await ReferenceProvider.StartAsync(Options);
        Validation = new SpecValidatingHandler(apiId, basePath);
        Client = new HttpClient(Validation) { BaseAddress = Provider.BaseAddress };
    }

    [OneTimeTearDown]
    public async Task StopProviderAsync()
    {
        Client.Dispose();
        Validation.Dispose();
        await Provider.DisposeAsync();
    }

    [SetUp]
    public async Task ResetProviderAsync()
    {
        Validation.Enabled = true;
        using var response = await Client.PostAsync(new Uri("/__admin/reset", UriKind.Relative), null);
        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        Validation.Clear();
        await AuthorizeAsync();
    }

    [TearDown]
    public void AssertAnswersConformed() =>
        Assert.That(Validation.Violations, Is.Empty, $"every answer must validate against the {apiName} contract");

    /// <summary>Gives the client the API's valid credentials after each reset.</summary>
    protected abstract Task AuthorizeAsync();
}
