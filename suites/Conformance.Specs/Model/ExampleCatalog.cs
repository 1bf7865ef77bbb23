namespace Conformance.Specs.Model;

/// <summary>
/// Every example of a document paired with its schema: media-type and parameter/header
/// <c>example</c>/<c>examples</c> (against the media type's or parameter's schema), and schema
/// <c>example</c>/<c>examples</c> (against the schema they are written in, for every schema nested
/// anywhere). Found under <c>paths</c>, <c>webhooks</c>, callbacks and <c>components</c>; each
/// (example, schema) pair once, in document order. Examples given only as <c>externalValue</c> are
/// left out.
/// </summary>
public static class ExampleCatalog
{
    public static IReadOnlyList<SchemaExample> Collect(ApiSpec spec)
    {
        var walker = new Building.ExampleWalker(spec.ViewDocument ?? spec.Document);
        walker.Run();
        return walker.Results;
    }
}
