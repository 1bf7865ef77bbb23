using System.Collections.Concurrent;
using Conformance.Specs;
using Conformance.Specs.Loading;
using Conformance.Specs.Model;

namespace Conformance.Runner.Tests.Support;

/// <summary>The shipped contracts, loaded once per test run.</summary>
public static class Contracts
{
    private static readonly ConcurrentDictionary<string, ApiSpec> Loaded = new(StringComparer.Ordinal);

    public static ApiSpec Load(string apiId) => Loaded.GetOrAdd(apiId, id =>
    {
        var result = SpecLoader.LoadFile(Path.Combine(FixturePaths.Require(), "apis", id, "openapi.yaml"));
        Assert.That(result.Spec, Is.Not.Null, () => string.Join("\n", result.Diagnostics));
        return result.Spec!;
    });
}
