using System.Text;
using Conformance.Mock.InMemory;
using Microsoft.AspNetCore.Http;
using WireMock;
using WireMock.Types;
using WireMock.Util;

namespace Conformance.Mock.WireMock;

/// <summary>
/// The answer of a catch-all mapping: the request goes to the modules through the in-memory server
/// (the same pipeline as the Kestrel engine) and their bytes come back untouched, so WireMock.Net
/// writes exactly what the module wrote and records it in its journal. A response callback (rather
/// than a provider of our own) keeps the catch-alls listable through <c>GET /__admin/mappings</c>.
/// </summary>
internal sealed class ModuleCallback(InMemoryServer modules)
{
    /// <summary>The request being served, set by <see cref="WireMockFrontMiddleware"/>: WireMock.Net's callback sees only its own request model.</summary>
    public static readonly AsyncLocal<HttpContext?> Current = new();

    public async Task<IResponseMessage> AnswerAsync(IRequestMessage requestMessage)
    {
        var context = Current.Value ?? throw new InvalidOperationException("A module was called outside the WireMock engine's front middleware.");
        var body = requestMessage.BodyAsBytes
            ?? (requestMessage.Body is { } text ? Encoding.UTF8.GetBytes(text) : []);
        var answer = await modules.SendAsync(InMemoryExchange.From(context, body), context.RequestAborted);
        if (answer.Aborted)
        {
            context.Abort();
        }

        var message = new ResponseMessage
        {
            StatusCode = answer.StatusCode,
            Headers = new Dictionary<string, WireMockList<string>>(StringComparer.OrdinalIgnoreCase),
        };
        foreach (var (name, values) in answer.Headers)
        {
            message.Headers[name] = new WireMockList<string>(values);
        }

        if (answer.Body.Length > 0)
        {
            message.BodyData = new BodyData { DetectedBodyType = BodyType.Bytes, BodyAsBytes = answer.Body };
        }

        return message;
    }
}
