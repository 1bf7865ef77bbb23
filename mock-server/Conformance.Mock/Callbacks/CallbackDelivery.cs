namespace Conformance.Mock.Callbacks;

/// <summary>A callback the provider owes: what, where, and how every attempt went (journal entry).</summary>
public sealed record CallbackDelivery
{
    public required string Id { get; init; }
    public required string ApiId { get; init; }
    public required string Name { get; init; }
    public required string Subject { get; init; }
    public required Uri Url { get; init; }
    public required string Payload { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public CallbackState State { get; init; } = CallbackState.Pending;
    public DateTimeOffset? NextAttemptAt { get; init; }
    public IReadOnlyList<CallbackAttempt> Attempts { get; init; } = [];
    public DeliveryPolicy Policy { get; init; } = DeliveryPolicy.Default;
}
