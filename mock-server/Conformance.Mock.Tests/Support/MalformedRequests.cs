using System.Net.Http.Headers;

namespace Conformance.Mock.Tests.Support;

/// <summary>Builds the request of one bad-input corpus case: raw bytes as the body and headers sent unvalidated.</summary>
public static class MalformedRequests
{
    public static HttpRequestMessage Build(HttpMethod method, Uri uri, byte[]? body, string? contentType, string? authorization)
    {
        var request = new HttpRequestMessage(method, uri);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        }

        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return request;
    }
}
