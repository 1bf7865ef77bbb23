using Microsoft.AspNetCore.Http;

namespace Conformance.Mock.InMemory;

/// <summary>Moves a request from a real server's context into an <see cref="InMemoryRequest"/>, and an answer back.</summary>
public static class InMemoryExchange
{
    /// <summary>The request as the real server parsed it; <paramref name="body"/> is what was read from it.</summary>
    public static InMemoryRequest From(HttpContext context, ReadOnlyMemory<byte> body)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        var headers = new List<KeyValuePair<string, string[]>>(request.Headers.Count);
        foreach (var (name, values) in request.Headers)
        {
            headers.Add(new(name, values.ToArray()!));
        }

        return new InMemoryRequest
        {
            Method = request.Method,
            Path = request.Path.Value ?? "/",
            QueryString = request.QueryString.Value ?? "",
            Scheme = request.Scheme,
            Protocol = request.Protocol,
            Headers = headers,
            Body = body,
            RemoteIpAddress = context.Connection.RemoteIpAddress,
            RemotePort = context.Connection.RemotePort,
            LocalIpAddress = context.Connection.LocalIpAddress,
            LocalPort = context.Connection.LocalPort,
        };
    }

    /// <summary>Writes an in-memory answer to a real response (or aborts it, as the pipeline did).</summary>
    public static async Task WriteAsync(InMemoryResponse answer, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(context);
        if (answer.Aborted)
        {
            context.Abort();
            return;
        }

        var response = context.Response;
        response.StatusCode = answer.StatusCode;
        foreach (var (name, values) in answer.Headers)
        {
            response.Headers[name] = values;
        }

        if (answer.Body.Length > 0)
        {
            await response.Body.WriteAsync(answer.Body, context.RequestAborted);
        }
    }
}
