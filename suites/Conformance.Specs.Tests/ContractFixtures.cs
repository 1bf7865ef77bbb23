using System.Collections.Concurrent;
using Conformance.Specs.Loading;

namespace Conformance.Specs.Tests;

/// <summary>The real contracts under <c>fixtures/apis/*/openapi.yaml</c>, loaded once per test run.</summary>
internal static class ContractFixtures
{
    private static readonly ConcurrentDictionary<string, SpecLoadResult> Loaded = new(StringComparer.Ordinal);

    /// <summary>Ids of the APIs whose folder holds an <c>openapi.yaml</c>.</summary>
    public static IReadOnlyList<string> ApiIds() =>
        [.. FixturePaths.ApiIds().Where(id => File.Exists(FixturePaths.SpecFile(id)))];

    public static SpecLoadResult Load(string apiId) => Loaded.GetOrAdd(apiId, id => SpecLoader.LoadFile(FixturePaths.SpecFile(id)));
}
