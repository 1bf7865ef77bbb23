namespace Conformance.Mock.Clock;

/// <summary>One piece of work due at a point of provider time. <see cref="Work"/> receives the due time.</summary>
public sealed record ScheduledJob(
    DateTimeOffset DueAt,
    string Description,
    Func<DateTimeOffset, CancellationToken, Task> Work);
