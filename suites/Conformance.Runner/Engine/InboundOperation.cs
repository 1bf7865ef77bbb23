using Conformance.Specs.Model;

namespace Conformance.Runner.Engine;

/// <summary>
/// A request the provider sends: a callback (<see cref="Owner"/> is the operation declaring it, and
/// it goes to a per-run URL) or a webhook (<see cref="Webhook"/>, sent to a URL registered out of band).
/// </summary>
public sealed record InboundOperation(SpecOperation Operation, SpecOperation? Owner, SpecWebhook? Webhook)
{
    public bool IsWebhook => Webhook is not null;
}
