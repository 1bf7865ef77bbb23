using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

/// <summary>One request delegate on Kestrel answering the recorded bytes: what serving them costs with nothing but the server.</summary>
internal static class BareKestrel
{
    public static async Task ServeAsync(int port, string path, byte[] body, string contentType)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
        await using var app = builder.Build();
        app.Run(async context =>
        {
            if (!HttpMethods.IsGet(context.Request.Method) || context.Request.Path != path)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            context.Response.ContentType = contentType;
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        });
        Console.WriteLine($"bare Kestrel serving {path} on http://127.0.0.1:{port}");
        await app.RunAsync();
    }
}
