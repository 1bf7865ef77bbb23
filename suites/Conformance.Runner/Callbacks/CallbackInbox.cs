namespace Conformance.Runner.Callbacks;

/// <summary>
/// In-memory <see cref="ICallbackInbox"/>; the HTTP receiver delivers into it. Thread-safe.
/// Each run, and the webhook address, keeps at most <see cref="MaxQueued"/> unclaimed callbacks
/// (oldest dropped first).
/// </summary>
/// <param name="publicBaseUrl">The base providers reach the receiver at.</param>
/// <param name="timeProvider">Measures wait timeouts.</param>
/// <param name="webhookPath">The fixed path served for webhooks (null: none), e.g. <c>/webhooks/thinksurance</c>.</param>
public sealed class CallbackInbox(string publicBaseUrl, TimeProvider timeProvider, string? webhookPath = null) : ICallbackInbox
{
    public const int MaxQueued = 100;
    private const int DefaultAnswer = 204;
    private readonly Lock gate = new();
    private readonly Dictionary<string, RunBox> runs = new(StringComparer.Ordinal);
    private readonly List<InboundCallback> stray = [];

    // Webhooks go to one fixed URL for every run; waiters tell theirs apart by the payload.
    private readonly RunBox webhooks = new(string.Empty);

    public TimeProvider TimeProvider => timeProvider;

    public string? WebhookPath => webhookPath;

    public string? WebhookUrl => webhookPath is null ? null : publicBaseUrl.TrimEnd('/') + webhookPath;

    /// <summary>Callbacks to unknown or closed addresses (at most <see cref="MaxQueued"/>).</summary>
    public IReadOnlyList<InboundCallback> Stray
    {
        get
        {
            lock (gate)
            {
                return [.. stray];
            }
        }
    }

    public string Open(string runId)
    {
        var token = System.Security.Cryptography.RandomNumberGenerator.GetHexString(16, lowercase: true);
        lock (gate)
        {
            runs[runId] = new RunBox(token);
        }

        return $"{publicBaseUrl.TrimEnd('/')}/callbacks/{Uri.EscapeDataString(runId)}/{token}";
    }

    public void Close(string runId)
    {
        lock (gate)
        {
            runs.Remove(runId);
        }
    }

    /// <summary>
    /// Takes one callback for <paramref name="runId"/>/<paramref name="token"/> and returns the
    /// status to answer (404 for an unknown address). <paramref name="build"/> makes the callback
    /// once the status is known, so the record shows the real answer.
    /// </summary>
    public int Deliver(string runId, string token, Func<int, InboundCallback> build)
    {
        lock (gate)
        {
            if (!runs.TryGetValue(runId, out var box) || !string.Equals(box.Token, token, StringComparison.Ordinal))
            {
                var unknown = build(404);
                if (stray.Count < MaxQueued)
                {
                    stray.Add(unknown);
                }

                return 404;
            }

            return DeliverTo(box, build);
        }
    }

    /// <summary>Takes one webhook (a request to <see cref="WebhookPath"/>) and returns the status to answer.</summary>
    public int DeliverWebhook(Func<int, InboundCallback> build)
    {
        lock (gate)
        {
            return DeliverTo(webhooks, build);
        }
    }

    /// <remarks>Called under the gate.</remarks>
    private static int DeliverTo(RunBox box, Func<int, InboundCallback> build)
    {
        // Peek with a provisional answer to find a matching waiter, then build the final record.
        var probe = build(DefaultAnswer);
        var waiter = box.Waiters.FirstOrDefault(w => w.Match(probe));
        if (waiter is null)
        {
            box.Queue.Add(probe);
            if (box.Queue.Count > MaxQueued)
            {
                box.Queue.RemoveAt(0);
            }

            return DefaultAnswer;
        }

        var callback = waiter.RespondWith == DefaultAnswer ? probe : build(waiter.RespondWith);
        box.Waiters.Remove(waiter);
        waiter.Completion.TrySetResult(callback);
        return waiter.RespondWith;
    }

    public Task<InboundCallback?> WaitAsync(string runId, Func<InboundCallback, bool> match, int respondWith, TimeSpan timeout, CancellationToken cancellationToken)
    {
        RunBox? box;
        lock (gate)
        {
            box = runs.GetValueOrDefault(runId);
        }

        return box is null ? Task.FromResult<InboundCallback?>(null) : WaitInAsync(box, match, respondWith, timeout, cancellationToken);
    }

    public Task<InboundCallback?> WaitForWebhookAsync(Func<InboundCallback, bool> match, int respondWith, TimeSpan timeout, CancellationToken cancellationToken) =>
        WaitInAsync(webhooks, match, respondWith, timeout, cancellationToken);

    public IReadOnlyList<InboundCallback> UnclaimedWebhooks()
    {
        lock (gate)
        {
            return [.. webhooks.Queue];
        }
    }

    private async Task<InboundCallback?> WaitInAsync(RunBox box, Func<InboundCallback, bool> match, int respondWith, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Waiter waiter;
        lock (gate)
        {
            var queued = box.Queue.FirstOrDefault(match);
            if (queued is not null)
            {
                box.Queue.Remove(queued);
                return queued;
            }

            waiter = new Waiter(match, respondWith);
            box.Waiters.Add(waiter);
        }

        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(timeout, timeProvider, timeoutSource.Token);
        var finished = await Task.WhenAny(waiter.Completion.Task, delay);
        await timeoutSource.CancelAsync();
        lock (gate)
        {
            box.Waiters.Remove(waiter);
        }

        if (finished == waiter.Completion.Task || waiter.Completion.Task.IsCompleted)
        {
            return await waiter.Completion.Task;
        }

        cancellationToken.ThrowIfCancellationRequested();
        return null;
    }

    public IReadOnlyList<InboundCallback> Unclaimed(string runId)
    {
        lock (gate)
        {
            return runs.TryGetValue(runId, out var box) ? [.. box.Queue] : [];
        }
    }

    private sealed class RunBox(string token)
    {
        public string Token { get; } = token;
        public List<InboundCallback> Queue { get; } = [];
        public List<Waiter> Waiters { get; } = [];
    }

    private sealed class Waiter(Func<InboundCallback, bool> match, int respondWith)
    {
        public Func<InboundCallback, bool> Match { get; } = match;
        public int RespondWith { get; } = respondWith;
        public TaskCompletionSource<InboundCallback> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
