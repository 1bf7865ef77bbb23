namespace Conformance.Specs.Model;

/// <summary>A top-level webhook: the requests the provider sends to a URL registered out of band.</summary>
public sealed record SpecWebhook(string Name, IReadOnlyList<SpecOperation> Operations);
