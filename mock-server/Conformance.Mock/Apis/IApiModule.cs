using Conformance.Mock.Defects;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Conformance.Mock.Apis;

/// <summary>
/// One API of the reference provider. Implementations live in <c>Apis/&lt;Api&gt;/&lt;Api&gt;Module.cs</c>,
/// have a public parameterless constructor and are discovered by reflection; the host mounts each
/// under <see cref="BasePath"/> and needs no other change when a module is added.
/// </summary>
public interface IApiModule
{
    /// <summary>The fixture folder name, e.g. <c>finum</c>.</summary>
    string ApiId { get; }

    /// <summary>Path every route is served under, e.g. <c>/finum/v1</c> (the spec's server path).</summary>
    string BasePath { get; }

    /// <summary>Defects this module can be started with; names start with <c>ApiId + "."</c>.</summary>
    IReadOnlyList<DefectInfo> Defects { get; }

    /// <summary>Registers the module's state, seeders and helpers. Resettable state registers <see cref="State.IResettable"/>.</summary>
    void AddServices(IServiceCollection services, ModuleContext context);

    void Map(RouteGroupBuilder group);

    /// <summary>
    /// Writes an error in the API's documented shape for a condition found outside the module's
    /// handlers: an unknown route (404), a method not allowed (405), an unhandled failure (500), an
    /// injected fault status.
    /// </summary>
    Task WriteErrorAsync(HttpContext context, int statusCode, string detail);
}
