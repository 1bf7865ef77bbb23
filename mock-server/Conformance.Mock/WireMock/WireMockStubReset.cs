using Conformance.Mock.State;

namespace Conformance.Mock.WireMock;

/// <summary>Makes the provider's one reset (<c>POST /__admin/reset</c>) clear WireMock.Net's journal, scenarios and runtime stubs too.</summary>
public sealed class WireMockStubReset : IResettable
{
    /// <summary>Set once WireMock.Net has started; null before (and on the Kestrel engine nothing registers this).</summary>
    public WireMockEngine? Engine { get; set; }

    public void Reset() => Engine?.ResetStubs();
}
