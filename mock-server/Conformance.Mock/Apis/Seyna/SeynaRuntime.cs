using Conformance.Mock.Apis.Seyna.Http;
using Conformance.Mock.Apis.Seyna.State;
using Conformance.Mock.Clock;
using Conformance.Mock.Defects;

namespace Conformance.Mock.Apis.Seyna;

/// <summary>What the Seyna handlers share: the store, the keys, the body rules, the cursor key, the clock and the defects.</summary>
public sealed class SeynaRuntime(SeynaStore store, SeynaKeyring keys, SeynaBodyRules rules, byte[] cursorKey, ProviderClock clock, ActiveDefects defects)
{
    public SeynaStore Store { get; } = store;
    public SeynaKeyring Keys { get; } = keys;
    public SeynaBodyRules Rules { get; } = rules;
    public byte[] CursorKey { get; } = cursorKey;
    public ProviderClock Clock { get; } = clock;
    public ActiveDefects Defects { get; } = defects;

    /// <summary>The bytes of recently served versions (bounded).</summary>
    public SeynaRenderCache Rendered { get; } = new();

    /// <summary>Rendered list pages, each valid at its collection's revision.</summary>
    public Conformance.Mock.Http.RenderedAnswerCache Answers { get; } = new();

    public bool Defect(string name) => Defects.IsOn(name);
}
