using Conformance.Specs.Loading;
using Conformance.Specs.Model;

namespace Conformance.Specs.Tests;

/// <summary>Small inline documents for tests.</summary>
internal static class TestSpecs
{
    /// <summary>Loads YAML and fails the test on any diagnostic.</summary>
    public static ApiSpec Load(string yaml)
    {
        var result = SpecLoader.LoadText(yaml, "test.yaml");
        Assert.That(result.Diagnostics, Is.Empty, () => string.Join(Environment.NewLine, result.Diagnostics));
        return result.Spec!;
    }

    /// <summary>A 3.1 document whose <c>components/schemas</c> are the given YAML (indented by the caller's own layout).</summary>
    public static ApiSpec WithSchemas(string schemasYaml)
    {
        var indented = string.Join('\n', schemasYaml.Split('\n').Select(line => "    " + line));
        return Load($"""
            openapi: 3.1.0
            info: {"{"}title: t, version: '1'{"}"}
            paths: {"{"}{"}"}
            components:
              schemas:
            {indented}
            """);
    }
}
