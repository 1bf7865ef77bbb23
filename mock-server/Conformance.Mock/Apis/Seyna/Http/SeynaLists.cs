using System.Buffers;
using System.Text.Json;
using Conformance.Mock.Apis.Seyna.State;
using Conformance.Mock.Http;
using Microsoft.AspNetCore.Http;

namespace Conformance.Mock.Apis.Seyna.Http;

/// <summary>
/// One page of a list: reads limit + 1 items from the cursor's position (so <c>next</c> is present
/// exactly when more items follow) and writes the <c>{object, url, data, next}</c> envelope, with
/// <c>url</c> the request path relative to the server URL.
/// </summary>
public static class SeynaLists
{
    /// <summary>Reads <c>limit</c>, <c>sort</c> and <c>from</c>; answers 400 and gives null when one is bad or the cursor is not this endpoint's.</summary>
    public static async Task<(SeynaPaging Paging, SeynaCursor? After)?> PagingAsync(HttpContext http, SeynaRuntime runtime, string endpoint, string portfolio)
    {
        var (paging, problem) = SeynaPaging.Read(http.Request.Query);
        if (paging is null)
        {
            await SeynaResponses.ErrorAsync(http, StatusCodes.Status400BadRequest, problem!);
            return null;
        }

        if (paging.From is null)
        {
            return (paging, null);
        }

        var cursor = SeynaCursor.Decode(paging.From, runtime.CursorKey);
        if (cursor is null || cursor.Endpoint != endpoint || cursor.Portfolio != portfolio || cursor.Descending != paging.Descending)
        {
            await SeynaResponses.ErrorAsync(http, StatusCodes.Status400BadRequest, "from: not a cursor of this endpoint, portfolio and sort");
            return null;
        }

        return (paging, cursor);
    }

    /// <summary>
    /// A list page answered from the rendered answers when the same path and query were read at the
    /// collection's current <paramref name="revision"/>. Otherwise read: a page asked for the second
    /// time at one revision is rendered to bytes and kept; any other page is streamed, so a traversal
    /// (each page read once) allocates nothing that outlives it. Null from <paramref name="read"/>:
    /// refused, the answer is written.
    /// </summary>
    public static async Task ServeAsync(HttpContext http, SeynaRuntime runtime, long revision, Func<Task<Action<Utf8JsonWriter>?>> read)
    {
        var key = string.Concat(http.Request.Path.Value, http.Request.QueryString.Value);
        if (runtime.Answers.Find(key, revision) is { } cached)
        {
            await cached.WriteAsync(http);
            return;
        }

        if (await read() is not { } page)
        {
            return;
        }

        if (!runtime.Answers.Wants(key, revision))
        {
            await SeynaResponses.JsonAsync(http, StatusCodes.Status200OK, page);
            return;
        }

        var output = new ArrayBufferWriter<byte>(16 * 1024);
        using (var writer = new Utf8JsonWriter(output, SeynaResponses.WriterOptions))
        {
            page(writer);
        }

        var answer = new RenderedAnswer(revision, StatusCodes.Status200OK, "application/json", output.WrittenSpan.ToArray());
        runtime.Answers.Keep(key, answer);
        await answer.WriteAsync(http);
    }

    /// <summary>Writes a page given limit + 1 items read after the position (more than limit: a next page exists).</summary>
    public static Task WriteAsync(HttpContext http, SeynaRuntime runtime, IReadOnlyList<byte[]> items, int limit, Func<int, SeynaCursor> cursorOf) =>
        SeynaResponses.JsonAsync(http, StatusCodes.Status200OK, Page(http, runtime, items, limit, cursorOf));

    /// <summary>How to write a page given limit + 1 items read after the position.</summary>
    public static Action<Utf8JsonWriter> Page(HttpContext http, SeynaRuntime runtime, IReadOnlyList<byte[]> items, int limit, Func<int, SeynaCursor> cursorOf)
    {
        var more = items.Count > limit;
        var count = Math.Min(items.Count, limit);
        string? next = more ? cursorOf(count - 1).Encode(runtime.CursorKey) : null;
        if (next is null && count > 0 && runtime.Defect(SeynaDefects.NextOnLastPage))
        {
            next = cursorOf(count - 1).Encode(runtime.CursorKey);
        }

        var url = RelativePath(http, runtime);
        return writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("object", "list");
            writer.WriteString("url", url);
            writer.WritePropertyName("data");
            writer.WriteStartArray();
            for (var i = 0; i < count; i++)
            {
                writer.WriteRawValue(items[i], skipInputValidation: true);
            }

            writer.WriteEndArray();
            if (next is not null)
            {
                writer.WriteString("next", next);
            }

            writer.WriteEndObject();
        };
    }

    /// <summary>The request path without the server's base path (the module's route prefix).</summary>
    public static string RelativePath(HttpContext http, SeynaRuntime runtime)
    {
        var path = http.Request.Path.Value ?? "/";
        if (runtime.Defect(SeynaDefects.ListUrlWithBasePath))
        {
            return path;
        }

        var relative = path.StartsWith(SeynaModule.Base, StringComparison.Ordinal) ? path[SeynaModule.Base.Length..] : path;
        relative = relative.Length > 1 ? relative.TrimEnd('/') : relative;
        return relative.Length == 0 ? "/" : relative;
    }
}
