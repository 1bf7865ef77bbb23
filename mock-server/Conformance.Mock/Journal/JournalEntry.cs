namespace Conformance.Mock.Journal;

/// <summary>
/// One served request. Secrets are masked before an entry is stored: the value of
/// <c>Authorization</c> keeps its scheme only. <see cref="SchemeAndHost"/> is e.g. <c>http://127.0.0.1:5080</c>.
/// </summary>
public sealed record JournalEntry(
    long Sequence,
    DateTimeOffset LoggedAt,
    string Method,
    string Url,
    string SchemeAndHost,
    string? ClientIp,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    string? Body,
    int Status,
    string? ResponseContentType,
    double DurationMilliseconds);
