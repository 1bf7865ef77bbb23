using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Conformance.Mock.Apis;
using Conformance.Mock.Callbacks;
using Conformance.Mock.Hosting;
using Conformance.Mock.Seeding;
using Conformance.Mock.Tests.Support;
using Conformance.Mock.Tests.Support.Tiny;
using Microsoft.Extensions.DependencyInjection;

namespace Conformance.Mock.Tests.Hosting;

/// <summary>A test-only API module, handed to the host, served over real HTTP on loopback through the module kit alone.</summary>
public sealed class ModuleKitTests
{
    private DirectoryInfo directory = null!;

    [SetUp]
    public void CreateModuleFolder()
    {
        directory = Directory.CreateTempSubdirectory("tiny-module-");
        File.WriteAllText(Path.Combine(directory.FullName, "seed.yaml"), "items: [alpha, beta, gamma]\ngreeting: hi\n");
    }

    [TearDown]
    public void DeleteModuleFolder() => directory.Delete(recursive: true);

    private ReferenceProviderOptions Options(TinyModule module) =>
        new() { Urls = ["http://127.0.0.1:0"], Quiet = true, Modules = [module] };

    private static async Task<JsonNode> JsonAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    [Test]
    public async Task StartAsync_CallerSuppliedModule_ServesItsSeedFromItsOwnFolder()
    {
        await using var provider = await ReferenceProvider.StartAsync(Options(new TinyModule(directory.FullName)));
        using var http = new HttpClient { BaseAddress = provider.BaseAddress };

        var items = (await JsonAsync(await http.GetAsync(new Uri("tiny/v1/items", UriKind.Relative)))).AsArray();

        Assert.That(items.Select(i => i!["name"]!.GetValue<string>()), Is.EqualTo(new[] { "alpha", "beta", "gamma" }));
        Assert.That(items.Select(i => i!["greeting"]!.GetValue<string>()), Is.All.EqualTo("hi"));
        Assert.That(() => provider.ApiBaseAddress("finum"), Throws.ArgumentException, "only the supplied modules are served");
    }

    [Test]
    public async Task StartAsync_ModuleStillInitialising_DoesNotFinishUntilTheInitializerDoes()
    {
        var gate = new TaskCompletionSource();
        var entered = new TaskCompletionSource();
        var starting = ReferenceProvider.StartAsync(Options(new TinyModule(directory.FullName, gate.Task, entered)));

        // A start that fails before the initializer runs must fail this test, not hang it.
        await Task.WhenAny(entered.Task, starting);
        var finishedBeforeRelease = starting.IsCompleted;
        gate.SetResult();
        await using var provider = await starting;
        using var http = new HttpClient { BaseAddress = provider.BaseAddress };
        using var answer = await http.GetAsync(new Uri("tiny/v1/items", UriKind.Relative));

        Assert.That(finishedBeforeRelease, Is.False);
        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Parse_ModuleOptionByAliasAndSet_ReachesTheModule()
    {
        var module = new TinyModule(directory.FullName);
        var parsed = MockArgumentParser.Parse(["--urls", "http://127.0.0.1:0", "--quiet", "--tiny-greeting", "ignored", "--set", "tiny.greeting=servus"], [module]);
        await using var provider = await ReferenceProvider.StartAsync(parsed.Options! with { Modules = [module] });
        using var http = new HttpClient { BaseAddress = provider.BaseAddress };

        var items = (await JsonAsync(await http.GetAsync(new Uri("tiny/v1/items", UriKind.Relative)))).AsArray();

        Assert.That(items.Select(i => i!["greeting"]!.GetValue<string>()), Is.All.EqualTo("servus"), "the last value wins");
        Assert.That(MockArgumentParser.UsageFor([module]), Does.Contain("tiny.greeting=<text>").And.Contain("--tiny-greeting <text>"));
    }

    [Test]
    public void Parse_UndeclaredOrBadModuleOption_IsAUsageError()
    {
        var module = new TinyModule(directory.FullName);

        Assert.That(MockArgumentParser.Parse(["--set", "tiny.colour=red"], [module]).Error, Does.Contain("'colour' is not an option of tiny"));
        Assert.That(MockArgumentParser.Parse(["--set", "tiny.greeting="], [module]).Error, Is.Not.Null);
        Assert.That(MockArgumentParser.Parse(["--proposal-delay", "1"], [module]).Error, Does.Contain("unknown option"), "FiNUM's aliases exist only with FiNUM");
    }

    [Test]
    public void Build_UnknownKeyInTheModulesSeedFile_NamesFileAndLine()
    {
        var seed = Path.Combine(directory.FullName, "seed.yaml");
        File.WriteAllText(seed, "items: [a]\ngreting: typo\n");

        Assert.That(
            () => ReferenceProvider.Build(Options(new TinyModule(directory.FullName))),
            Throws.TypeOf<SeedFileException>().With.Message.Contains($"{seed}:2:1").And.Message.Contains("unknown key 'greting'"));
    }

    [Test]
    public async Task ModuleAdminRoute_IsServedUnderTheApiIdBehindTheAdminGuard()
    {
        await using var provider = await ReferenceProvider.StartAsync(Options(new TinyModule(directory.FullName)) with { AdminToken = "s3cret" });
        using var http = new HttpClient { BaseAddress = provider.BaseAddress };

        using var refused = await http.GetAsync(new Uri("__admin/tiny/state", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("__admin/tiny/state", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "s3cret");
        using var allowed = await http.SendAsync(request);

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(allowed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await JsonAsync(allowed))["items"]!.GetValue<int>(), Is.EqualTo(3));
    }

    [TestCase("{\"name\": ", "not valid JSON")]
    [TestCase("{\"name\": \"a\", \"name\": \"b\"}", "names a member twice")]
    [TestCase("[1, 2]", "must be a JSON object")]
    public async Task SharedBodyReader_RefusesInTheModulesOwnFormat(string body, string message)
    {
        await using var provider = await ReferenceProvider.StartAsync(Options(new TinyModule(directory.FullName)));
        using var http = new HttpClient { BaseAddress = provider.BaseAddress };

        using var answer = await http.PostAsync(new Uri("tiny/v1/items", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));
        var json = await JsonAsync(answer);

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK), "this API answers refusals with HTTP 200");
        Assert.That(json["error"]!.GetValue<string>(), Does.Contain(message));
        Assert.That(json["code"]!.GetValue<int>(), Is.EqualTo(400));
    }

    [Test]
    public async Task SharedBodyReader_WrongMediaType_Is415InTheModulesFormat()
    {
        await using var provider = await ReferenceProvider.StartAsync(Options(new TinyModule(directory.FullName)));
        using var http = new HttpClient { BaseAddress = provider.BaseAddress };

        using var answer = await http.PostAsync(new Uri("tiny/v1/items", UriKind.Relative), new StringContent("{}", Encoding.UTF8, "text/plain"));

        Assert.That((await JsonAsync(answer))["code"]!.GetValue<int>(), Is.EqualTo(415));
    }

    [Test]
    public async Task Reset_VersionedTableOfTheModule_ReturnsToItsSeed()
    {
        await using var provider = await ReferenceProvider.StartAsync(Options(new TinyModule(directory.FullName)));
        using var http = new HttpClient { BaseAddress = provider.BaseAddress };
        using var created = await http.PostAsync(new Uri("tiny/v1/items", UriKind.Relative), new StringContent("{\"name\":\"alpha\"}", Encoding.UTF8, "application/json"));
        var version = (await JsonAsync(created))["version"]!.GetValue<int>();

        using var reset = await http.PostAsync(new Uri("__admin/reset", UriKind.Relative), null);
        var items = (await JsonAsync(await http.GetAsync(new Uri("tiny/v1/items", UriKind.Relative)))).AsArray();

        Assert.That(version, Is.EqualTo(2));
        Assert.That(items.Select(i => i!["version"]!.GetValue<int>()), Is.All.EqualTo(1));
    }

    [Test]
    public async Task DeliveryPolicy_ThreeAttempts204Only_A200IsNotDelivered()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        receiver.SuccessStatus = 200;
        await using var provider = await ReferenceProvider.StartAsync(Options(new TinyModule(directory.FullName)));

        var delivery = await NotifyAndSettleAsync(provider, receiver);

        Assert.That(delivery.State, Is.EqualTo(CallbackState.Failed));
        Assert.That(delivery.Attempts.Select(a => a.Status), Is.EqualTo(new int?[] { 200, 200, 200 }));
        Assert.That(receiver.Received, Has.Count.EqualTo(3));
        Assert.That(delivery.Attempts[1].At - delivery.Attempts[0].At, Is.EqualTo(TimeSpan.FromSeconds(5)));
    }

    [Test]
    public async Task DeliveryPolicy_ThreeAttempts204Only_A204DeliversWithTheExtraHeader()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        receiver.FailuresBeforeSuccess = 1;
        await using var provider = await ReferenceProvider.StartAsync(Options(new TinyModule(directory.FullName)));

        var delivery = await NotifyAndSettleAsync(provider, receiver);

        Assert.That(delivery.State, Is.EqualTo(CallbackState.Delivered));
        Assert.That(delivery.Attempts.Select(a => a.Status), Is.EqualTo(new int?[] { 503, 204 }));
        Assert.That(receiver.ReceivedHeaders.Select(h => h.GetValueOrDefault("X-Tiny-Signature")), Is.All.EqualTo("test"));
    }

    private static async Task<CallbackDelivery> NotifyAndSettleAsync(RunningReferenceProvider provider, CallbackReceiver receiver)
    {
        using var http = new HttpClient { BaseAddress = provider.BaseAddress };
        using var accepted = await http.PostAsync(
            new Uri("tiny/v1/notify", UriKind.Relative),
            new StringContent(new JsonObject { ["url"] = receiver.Url.ToString() }.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await accepted.Content.ReadAsStringAsync());
        for (var i = 0; i < 4; i++)
        {
            await provider.AdvanceAsync(TimeSpan.FromSeconds(5));
        }

        return provider.Services.GetRequiredService<CallbackDispatcher>().Deliveries().Single();
    }
}
