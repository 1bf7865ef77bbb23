using Conformance.Mock.InMemory;
using Microsoft.AspNetCore.Http;

namespace Conformance.Mock.Http;

/// <summary>An answer rendered to bytes and the state revision it holds for; an empty body is sent without content headers (e.g. 204).</summary>
public sealed record RenderedAnswer(long Revision, int Status, string? ContentType, byte[] Body)
{
    public async Task WriteAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = Status;
        if (Body.Length == 0)
        {
            return;
        }

        context.Response.ContentType = ContentType;
        context.Response.ContentLength = Body.Length;
        if (context.Features.Get<IBodyHandoverFeature>()?.TryHandOver(context.Response, Body) == true)
        {
            return;
        }

        await context.Response.Body.WriteAsync(Body, context.RequestAborted);
    }
}
