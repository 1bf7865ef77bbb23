namespace Conformance.Mock.Hosting;

/// <summary>The server in front of the API modules; both run the same modules and give the same answers.</summary>
public enum ProviderEngine
{
    /// <summary>WireMock.Net: stub mappings win over the modules by priority, its journal and scenarios, its admin API beside ours.</summary>
    WireMock,

    /// <summary>Plain Kestrel: the highest throughput, without stub overrides.</summary>
    Kestrel,
}
