using System.Collections.Concurrent;

namespace Conformance.Mock.Http;

/// <summary>
/// Rendered answers of read endpoints, by a key naming everything that decides their bytes (path,
/// query, negotiated version, caller's scope), each valid only at the state revision it was rendered
/// at: any write or reset makes it a miss. An answer is kept on the second request for its key at one
/// revision, so hot reads are served from bytes while a traversal, which asks for each page once,
/// keeps nothing. Bounded in count and in bytes per answer; a full cache starts over.
/// </summary>
public sealed class RenderedAnswerCache(int maxEntries = 256, int maxAnswerBytes = 1024 * 1024)
{
    private readonly ConcurrentDictionary<string, RenderedAnswer> answers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> asked = new(StringComparer.Ordinal);

    public int Count => answers.Count;

    public RenderedAnswer? Find(string key, long revision) =>
        answers.TryGetValue(key, out var answer) && answer.Revision == revision ? answer : null;

    /// <summary>
    /// Whether an answer for <paramref name="key"/> rendered now is worth keeping: true when the key
    /// was asked for at the same revision before; otherwise remembers this ask and says no.
    /// </summary>
    public bool Wants(string key, long revision)
    {
        if (asked.TryGetValue(key, out var seen) && seen == revision)
        {
            return true;
        }

        if (asked.Count >= maxEntries * 4)
        {
            asked.Clear();
        }

        asked[key] = revision;
        return false;
    }

    /// <summary>Keeps <paramref name="answer"/> for <paramref name="key"/> unless it is too large.</summary>
    public void Keep(string key, RenderedAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.Body.Length > maxAnswerBytes)
        {
            return;
        }

        if (answers.Count >= maxEntries && !answers.ContainsKey(key))
        {
            answers.Clear();
        }

        answers[key] = answer;
    }
}
