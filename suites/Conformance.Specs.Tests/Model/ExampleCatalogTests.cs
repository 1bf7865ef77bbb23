using Conformance.Specs.Model;

namespace Conformance.Specs.Tests.Model;

public sealed class ExampleCatalogTests
{
    [Test]
    public void Collect_SampleSpec_FindsMediaTypeAndComponentExamplesOnce()
    {
        var spec = TestSpecs.Load(SampleSpec.Yaml);

        var pointers = ExampleCatalog.Collect(spec).Select(e => (e.Example.Pointer, e.Schema.Pointer));

        Assert.That(pointers, Is.EquivalentTo(new[]
        {
            ("/components/requestBodies/NewContract/content/application~1json/example", "/components/schemas/Contract"),
            ("/components/examples/OneContract/value", "/paths/~1contract/get/responses/200/content/application~1json/schema"),
        }));
    }

    [Test]
    public void Collect_ParameterHeaderAndSchemaExamples_ArePairedWithTheirSchemas()
    {
        var spec = TestSpecs.Load("""
            openapi: 3.1.0
            info: {title: t, version: '1'}
            paths:
              /a:
                get:
                  operationId: a
                  parameters:
                    - {name: q, in: query, schema: {type: integer}, example: 5}
                    - name: h
                      in: header
                      schema: {type: string}
                      examples: {first: {value: x}, external: {externalValue: 'https://example.com/x'}}
                  responses:
                    '200':
                      description: ok
                      headers:
                        X-Count: {schema: {type: integer}, example: 3}
            components:
              schemas:
                Money:
                  type: object
                  example: {amount: 1}
                  properties:
                    amount: {type: number, examples: [1.5, 2]}
                    example: {type: string}
            """);

        var pointers = ExampleCatalog.Collect(spec).Select(e => (e.Example.Pointer, e.Schema.Pointer)).ToList();

        Assert.That(pointers, Is.EquivalentTo(new[]
        {
            ("/paths/~1a/get/parameters/0/example", "/paths/~1a/get/parameters/0/schema"),
            ("/paths/~1a/get/parameters/1/examples/first/value", "/paths/~1a/get/parameters/1/schema"),
            ("/paths/~1a/get/responses/200/headers/X-Count/example", "/paths/~1a/get/responses/200/headers/X-Count/schema"),
            ("/components/schemas/Money/example", "/components/schemas/Money"),
            ("/components/schemas/Money/properties/amount/examples/0", "/components/schemas/Money/properties/amount"),
            ("/components/schemas/Money/properties/amount/examples/1", "/components/schemas/Money/properties/amount"),
        }));
    }
}
