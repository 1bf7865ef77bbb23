using Microsoft.AspNetCore.Http;

namespace Conformance.Mock.InMemory;

/// <summary>
/// Lets a writer whose whole body is bytes nobody changes (a rendered answer kept in a cache) hand
/// the array to the in-memory server instead of copying it: the WireMock engine's journal then holds
/// the shared array rather than a copy per request.
/// </summary>
public interface IBodyHandoverFeature
{
    /// <summary>
    /// Takes <paramref name="body"/> as the whole response body, when nothing was written yet and no
    /// middleware replaced the response stream (one capturing the body must still see it); false
    /// otherwise, and the caller writes as usual. The array must never change afterwards.
    /// </summary>
    bool TryHandOver(HttpResponse response, byte[] body);
}
