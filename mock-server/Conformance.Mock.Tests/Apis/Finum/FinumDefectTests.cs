using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Conformance.Mock.Apis.Finum;
using Conformance.Mock.Hosting;
using Conformance.Mock.Tests.Support;

namespace Conformance.Mock.Tests.Apis.Finum;

/// <summary>Each defect, when on, really breaks the behaviour its description names (and only with it on).</summary>
public sealed class FinumDefectTests
{
    [Test]
    public async Task RequiredFieldDropped_On_ContractsLackHolderId()
    {
        await using var run = await DefectRun.StartAsync(FinumDefects.RequiredFieldDropped);

        var contract = await run.JsonAsync("contract-list?id-list=C100001");

        Assert.That(contract[0]!["holderId"], Is.Null);
        Assert.That(contract[0]!["id"], Is.Not.Null);
        run.AssertContractViolated();
    }

    [Test]
    public async Task AuthIgnored_On_AnswersWithoutToken()
    {
        await using var run = await DefectRun.StartAsync(FinumDefects.AuthIgnored);
        run.Client.DefaultRequestHeaders.Authorization = null;

        using var response = await run.Client.GetAsync(DefectRun.Api("contract-list?id-list=C100001"));

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
    }

    [Test]
    public async Task SinceIgnored_On_FutureSinceStillListsEverything()
    {
        await using var run = await DefectRun.StartAsync(FinumDefects.SinceIgnored);

        var ids = await run.JsonAsync("contract-id-list-updated?since=2999-01-01T00:00:00Z");

        Assert.That(ids.AsArray(), Has.Count.EqualTo(50));
    }

    [Test]
    public async Task IdsLeftOut_On_LastKnownIdMissing()
    {
        await using var run = await DefectRun.StartAsync(FinumDefects.IdsLeftOut);

        var contracts = await run.JsonAsync("contract-list?id-list=C100001,C100002,C100003");

        Assert.That(contracts.AsArray().Select(c => c!["id"]!.GetValue<string>()), Is.EqualTo(new[] { "C100001", "C100002" }));
    }

    [Test]
    public async Task CallbackNeverSent_On_ReceiverGetsNothing()
    {
        await using var run = await DefectRun.StartAsync(FinumDefects.CallbackNeverSent);
        await using var receiver = await CallbackReceiver.StartAsync();

        await run.CreateProposalAsync(receiver.Url);
        await run.Provider.AdvanceAsync(TimeSpan.FromSeconds(30));

        Assert.That(receiver.Received, Is.Empty);
    }

    [Test]
    public async Task ProposalStuck_On_ContractStaysAt120()
    {
        await using var run = await DefectRun.StartAsync(FinumDefects.ProposalStuck);

        var id = (await run.CreateProposalAsync(null))["id"]!.GetValue<string>();
        await run.Provider.AdvanceAsync(TimeSpan.FromMinutes(10));

        Assert.That((await run.JsonAsync($"contract-list?id-list={id}"))[0]!["status"]!.GetValue<int>(), Is.EqualTo(120));
    }

    [Test]
    public async Task WrongContentType_On_JsonLabelledAsText()
    {
        await using var run = await DefectRun.StartAsync(FinumDefects.WrongContentType);

        using var response = await run.Client.GetAsync(DefectRun.Api("auth-status"));

        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/plain"));
        run.AssertContractViolated();
    }

    [Test]
    public async Task ServerErrorOnBadInput_On_BadParameterGets500()
    {
        await using var run = await DefectRun.StartAsync(FinumDefects.ServerErrorOnBadInput);

        using var response = await run.Client.GetAsync(DefectRun.Api("contract-list?id-list=,"));

        Assert.That((int)response.StatusCode, Is.EqualTo(500));
        run.AssertContractViolated();
    }

    [Test]
    public async Task StatusOutOfRange_On_StatusAbove999()
    {
        await using var run = await DefectRun.StartAsync(FinumDefects.StatusOutOfRange);

        var contract = await run.JsonAsync("contract-list?id-list=C100001");

        Assert.That(contract[0]!["status"]!.GetValue<int>(), Is.GreaterThan(999));
        run.AssertContractViolated();
    }

    [Test]
    public void Start_UnknownDefect_ThrowsListingKnownOnes()
    {
        Assert.That(
            () => ReferenceProvider.Build(new ReferenceProviderOptions { Defects = new HashSet<string> { "finum.nope" } }),
            Throws.ArgumentException.With.Message.Contains("finum.nope").And.Message.Contains(FinumDefects.AuthIgnored));
    }

    [Test]
    public void ListDefects_Always_CoversEveryFinumDefectWithACheck()
    {
        var defects = ReferenceProvider.ListDefects();

        Assert.That(defects.Select(d => d.Name), Is.SupersetOf(FinumDefects.All.Select(d => d.Name)));
        Assert.That(defects.Select(d => d.ExpectedCheck), Is.All.Match("^[a-z_]+$"));
    }

    private sealed class DefectRun : IAsyncDisposable
    {
        private DefectRun(RunningReferenceProvider provider)
        {
            Provider = provider;
            Validation = new SpecValidatingHandler("finum", "/finum/v1");
            Client = new HttpClient(Validation) { BaseAddress = provider.BaseAddress };
            Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", FinumTokens.Valid(provider.Clock.GetUtcNow()));
        }

        public RunningReferenceProvider Provider { get; }

        public HttpClient Client { get; }

        public SpecValidatingHandler Validation { get; }

        /// <summary>The contract check in the test client sees the defect too (once the spec layer can load contracts).</summary>
        public void AssertContractViolated()
        {
            if (SpecResponseAssert.IsAvailable("finum"))
            {
                Assert.That(Validation.Violations, Is.Not.Empty);
            }
        }

        public static Uri Api(string relative) => new("/finum/v1/" + relative, UriKind.Relative);

        public static async Task<DefectRun> StartAsync(string defect) =>
            new(await ReferenceProvider.StartAsync(new ReferenceProviderOptions
            {
                Urls = ["http://127.0.0.1:0"],
                Defects = new HashSet<string> { defect },
                Quiet = true,
            }));

        public async Task<JsonNode> JsonAsync(string relative) => JsonNode.Parse(await Client.GetStringAsync(Api(relative)))!;

        public async Task<JsonNode> CreateProposalAsync(Uri? callbackUrl)
        {
            var holder = new { type = "person", lastName = "Berger", birthDate = "1970-01-01", address = new { street = "Hauptplatz", postalCode = "8010", city = "Graz", country = "AT" } };
            using var client = await Client.PostAsJsonAsync(Api("client"), holder);
            var holderId = JsonNode.Parse(await client.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
            var body = new JsonObject { ["status"] = 120, ["holderId"] = holderId, ["productId"] = "P1001", ["startDate"] = "2026-06-01", ["paymentInterval"] = "yearly" };
            if (callbackUrl is not null)
            {
                body["callbackUrl"] = callbackUrl.ToString();
            }

            using var response = await Client.PostAsync(Api("contract"), new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
            return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        }

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            Validation.Dispose();
            await Provider.DisposeAsync();
        }
    }
}
