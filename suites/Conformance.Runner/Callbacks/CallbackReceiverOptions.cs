namespace Conformance.Runner.Callbacks;

/// <summary>
/// Where the receiver listens and how providers reach it. <see cref="ListenUrl"/> defaults to
/// loopback on a free port; <see cref="PublicBaseUrl"/> (<c>--callback-base-url</c>) is the base
/// handed to providers when they must reach the runner from elsewhere (default: the listen URL).
/// </summary>
public sealed record CallbackReceiverOptions
{
    public string ListenUrl { get; init; } = "http://127.0.0.1:0";
    public string? PublicBaseUrl { get; init; }

    /// <summary>
    /// A fixed path served for webhooks (e.g. <c>/webhooks/thinksurance</c>, from the profile's
    /// <c>webhookPath</c>), so a provider configured with <c>{PublicBaseUrl}{WebhookPath}</c> out of band
    /// reaches the run; null serves none.
    /// </summary>
    public string? WebhookPath { get; init; }

    /// <summary>Largest callback body read, in bytes (1 MiB); larger bodies are cut and recorded as truncated.</summary>
    public int MaxBodyBytes { get; init; } = 1024 * 1024;
}
