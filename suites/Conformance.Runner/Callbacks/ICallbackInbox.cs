namespace Conformance.Runner.Callbacks;

/// <summary>
/// Where inbound callbacks and webhooks meet the steps waiting for them. Each workflow run opens
/// its own callback address; webhooks all go to one fixed address (<see cref="WebhookUrl"/>, given
/// to the provider out of band) and are told apart by their payload. Arrivals are queued (bounded)
/// until a step claims one with a predicate.
/// </summary>
public interface ICallbackInbox
{
    /// <summary>The fixed URL for webhooks, or null when this inbox serves none.</summary>
    string? WebhookUrl { get; }

    /// <summary>Opens a unique callback URL for one workflow run: <c>{base}/callbacks/{runId}/{token}</c>.</summary>
    string Open(string runId);

    /// <summary>Closes the run's address; later callbacks to it are answered 404 and recorded as stray.</summary>
    void Close(string runId);

    /// <summary>
    /// Waits for the first callback of the run satisfying <paramref name="match"/> (already queued or
    /// arriving within <paramref name="timeout"/>, measured on the inbox's clock); null on timeout.
    /// A callback that arrives while this wait is registered and matches is answered
    /// <paramref name="respondWith"/>; others are answered 204.
    /// </summary>
    Task<InboundCallback?> WaitAsync(string runId, Func<InboundCallback, bool> match, int respondWith, TimeSpan timeout, CancellationToken cancellationToken);

    /// <summary>As <see cref="WaitAsync"/>, for a webhook at <see cref="WebhookUrl"/>: correlation is on the payload alone.</summary>
    Task<InboundCallback?> WaitForWebhookAsync(Func<InboundCallback, bool> match, int respondWith, TimeSpan timeout, CancellationToken cancellationToken);

    /// <summary>Callbacks of the run no wait has claimed, oldest first.</summary>
    IReadOnlyList<InboundCallback> Unclaimed(string runId);

    /// <summary>Webhooks no wait has claimed, oldest first.</summary>
    IReadOnlyList<InboundCallback> UnclaimedWebhooks();
}
