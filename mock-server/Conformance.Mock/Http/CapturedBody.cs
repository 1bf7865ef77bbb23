using Microsoft.AspNetCore.Http;

namespace Conformance.Mock.Http;

/// <summary>Runs the rest of a pipeline with the response body kept back, for a middleware that changes or cuts what is sent.</summary>
public static class CapturedBody
{
    /// <summary>The bytes <paramref name="next"/> wrote; the response's own stream is put back whatever happens.</summary>
    public static async Task<byte[]> RunAsync(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var real = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = real;
        }

        return buffer.ToArray();
    }
}
