namespace Conformance.Mock.Callbacks;

/// <summary>
/// Asks the dispatcher to POST <see cref="Payload"/> (JSON) to <see cref="Url"/> from <see cref="DueAt"/>
/// on. <see cref="Name"/> is the spec's callback name, <see cref="Subject"/> the entity it is about.
/// </summary>
public sealed record CallbackRequest(string ApiId, string Name, string Subject, Uri Url, string Payload, DateTimeOffset DueAt, bool Suppress = false)
{
    public DeliveryPolicy Policy { get; init; } = DeliveryPolicy.Default;
}
