namespace Conformance.Mock.Callbacks;

/// <summary>One try to deliver a callback. <see cref="Status"/> is null when no answer came.</summary>
public sealed record CallbackAttempt(int Number, DateTimeOffset At, int? Status, string? Error, double DurationMilliseconds);
