using System.Reflection;
using Conformance.Mock.Defects;

namespace Conformance.Mock.Apis;

/// <summary>Finds every <see cref="IApiModule"/> in this assembly, ordered by API id.</summary>
public static class ModuleCatalog
{
    public static IReadOnlyList<IApiModule> Discover() =>
        [.. typeof(ModuleCatalog).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IApiModule).IsAssignableFrom(t))
            .Select(t => (IApiModule)Activator.CreateInstance(t)!)
            .OrderBy(m => m.ApiId, StringComparer.Ordinal)];

    public static IReadOnlyList<DefectInfo> AllDefects() => AllDefects(Discover());

    public static IReadOnlyList<DefectInfo> AllDefects(IReadOnlyList<IApiModule> modules) =>
        [.. modules.SelectMany(m => m.Defects).OrderBy(d => d.Name, StringComparer.Ordinal)];

    /// <summary>The module serving a request path, by base-path prefix; null for none.</summary>
    public static IApiModule? ForPath(IReadOnlyList<IApiModule> modules, string path) =>
        modules.FirstOrDefault(m => path.StartsWith(m.BasePath, StringComparison.Ordinal)
            && (path.Length == m.BasePath.Length || path[m.BasePath.Length] == '/'));
}
