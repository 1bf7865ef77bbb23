using Conformance.Mock.Defects;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Conformance.Mock.Apis;

/// <summary>
/// One API of the reference provider. Implementations live in <c>Apis/&lt;Api&gt;/&lt;Api&gt;Module.cs</c>,
/// have a public parameterless constructor and are discovered by reflection (or are handed to the host
/// in <see cref="Hosting.ReferenceProviderOptions.Modules"/>); the host mounts each under
/// <see cref="BasePath"/> and needs no other change when a module is added.
/// </summary>
public interface IApiModule
{
    /// <summary>The fixture folder name, e.g. <c>finum</c>.</summary>
    string ApiId { get; }

    /// <summary>Path every route is served under, e.g. <c>/finum/v1</c> (the spec's server path).</summary>
    string BasePath { get; }

    /// <summary>Defects this module can be started with; names start with <c>ApiId + "."</c>.</summary>
    IReadOnlyList<DefectInfo> Defects { get; }

    /// <summary>The module's command-line options (<c>--set &lt;ApiId&gt;.&lt;name&gt;=value</c>); none by default.</summary>
    IReadOnlyList<ModuleOption> Options => [];

    /// <summary>The module's own fixtures folder; null = <c>&lt;fixtures&gt;/apis/&lt;ApiId&gt;</c>.</summary>
    string? ModuleDirectory => null;

    /// <summary>
    /// Registers the module's state and helpers; runs while the host is built, so configuration errors
    /// (a bad <c>seed.yaml</c>, a bad option value) surface here as exceptions. Resettable state registers
    /// <see cref="State.IResettable"/>; slow preparation (seeding, key loading) registers an
    /// <see cref="IModuleInitializer"/>, which the host awaits before it answers any request.
    /// </summary>
    void AddServices(IServiceCollection services, ModuleContext context);

    void Map(RouteGroupBuilder group);

    /// <summary>Routes under <c>/__admin/&lt;ApiId&gt;/</c>, behind the admin guard; none by default.</summary>
    void MapAdmin(RouteGroupBuilder group)
    {
    }

    /// <summary>
    /// Writes an error in the API's documented shape for a condition found outside the module's
    /// handlers: an unknown route (404), a method not allowed (405), an unhandled failure (500), an
    /// injected fault status.
    /// </summary>
    Task WriteErrorAsync(HttpContext context, int statusCode, string detail);
}
