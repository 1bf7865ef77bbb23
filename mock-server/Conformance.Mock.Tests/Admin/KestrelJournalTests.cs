using System.Text.Json.Nodes;
using Conformance.Mock.Hosting;
using Conformance.Mock.Tests.Support;

namespace Conformance.Mock.Tests.Admin;

/// <summary>The Kestrel engine keeps its own request journal in WireMock Java's shape under <c>/__admin/requests</c>.</summary>
public sealed class KestrelJournalTests : FinumTestBase
{
    protected override ReferenceProviderOptions Options => base.Options with { Engine = ProviderEngine.Kestrel };

    [Test]
    public async Task Requests_AfterCalls_JournalHasThemNewestFirstWithTokenMasked()
    {
        await GetJsonAsync("contract-list?id-list=C100001");
        await GetJsonAsync("auth-status");

        var journal = JsonNode.Parse(await Client.GetStringAsync(new Uri("/__admin/requests", UriKind.Relative)))!;
        var requests = journal["requests"]!.AsArray();

        Assert.That(journal["meta"]!["total"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(requests[0]!["request"]!["url"]!.GetValue<string>(), Is.EqualTo("/finum/v1/auth-status"));
        Assert.That(requests[1]!["request"]!["headers"]!["Authorization"]!.GetValue<string>(), Is.EqualTo("Bearer ***"));
        Assert.That(requests[1]!["responseDefinition"]!["status"]!.GetValue<int>(), Is.EqualTo(200));
    }

    [Test]
    public async Task Requests_Delete_EmptiesTheJournal()
    {
        await GetJsonAsync("auth-status");

        using var deleted = await Client.DeleteAsync(new Uri("/__admin/requests", UriKind.Relative));
        var journal = JsonNode.Parse(await Client.GetStringAsync(new Uri("/__admin/requests", UriKind.Relative)))!;

        Assert.That((int)deleted.StatusCode, Is.EqualTo(200));
        Assert.That(journal["requests"]!.AsArray(), Is.Empty);
    }
}
