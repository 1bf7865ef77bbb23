using System.Text.Json.Nodes;
using Json.Schema;

namespace Conformance.Specs.Validation;

/// <summary>
/// Dialects for custom meta-schemas (a <c>$schema</c> other than 2020-12's): the meta-schema is read
/// from local files like any other reference, and its <c>$vocabulary</c> decides which keywords
/// assert (JSON Schema 2020-12 §8.1.2). A vocabulary not known here is refused when required and
/// ignored when optional; keywords of vocabularies left out are annotations.
/// </summary>
internal sealed class MetaSchemaDialects(DialectRegistry dialects, LocalSchemaFetcher fetcher)
{
    private static readonly Vocabulary[] Vocabularies =
    [
        Vocabulary.Draft202012_Core, Vocabulary.Draft202012_Applicator, Vocabulary.Draft202012_Unevaluated, Vocabulary.Draft202012_Validation,
        Vocabulary.Draft202012_MetaData, Vocabulary.Draft202012_FormatAnnotation, Vocabulary.Draft202012_FormatAssertion, Vocabulary.Draft202012_Content,
    ];

    private readonly HashSet<string> known = new(StringComparer.Ordinal)
    {
        "https://json-schema.org/draft/2020-12/schema",
        "https://json-schema.org/draft/2019-09/schema",
        "http://json-schema.org/draft-07/schema",
        "http://json-schema.org/draft-06/schema",
        "https://spec.openapis.org/oas/3.1/dialect/base",
        "https://spec.openapis.org/oas/3.1/dialect/2024-10-25",
    };

    /// <summary>Registers a dialect for every unknown <c>$schema</c> in <paramref name="node"/> whose meta-schema can be read.</summary>
    public void RegisterFor(JsonNode? node, int depth = 0)
    {
        if (depth > 256)
        {
            return;
        }

        switch (node)
        {
            case JsonObject obj:
                if (obj["$schema"] is JsonValue value && value.TryGetValue<string>(out var text) && Uri.TryCreate(text, UriKind.Absolute, out var uri))
                {
                    Register(uri);
                }

                foreach (var (_, child) in obj)
                {
                    RegisterFor(child, depth + 1);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    RegisterFor(item, depth + 1);
                }

                break;
        }
    }

    private void Register(Uri uri)
    {
        var id = uri.GetLeftPart(UriPartial.Query);
        if (!known.Add(id.TrimEnd('#')) || !fetcher.TryRead(uri, out var root) || root is not JsonObject meta)
        {
            return;
        }

        var handlers = new List<IKeywordHandler>();
        if (meta["$vocabulary"] is JsonObject vocabularies)
        {
            foreach (var (vocabularyId, required) in vocabularies)
            {
                var vocabulary = Vocabularies.FirstOrDefault(v => v.Id.OriginalString == vocabularyId);
                if (vocabulary is null)
                {
                    if (required is JsonValue flag && flag.TryGetValue<bool>(out var isRequired) && isRequired)
                    {
                        return;
                    }

                    continue;
                }

                handlers.AddRange(vocabulary.Keywords);
            }
        }

        if (handlers.Count == 0)
        {
            dialects.Register(ValidationSettings.Dialect.With([], uri));
            return;
        }

        // The library's handlers first (their dependencies name the library's types), then the
        // ECMA-262 ones in place of those present.
        var names = handlers.Select(h => h.Name).ToHashSet(StringComparer.Ordinal);
        IKeywordHandler[] ecma = [EcmaPatternKeyword.Shared, EcmaPatternPropertiesKeyword.Shared, EcmaAdditionalPropertiesKeyword.Shared];
        var dialect = new Dialect(handlers.DistinctBy(h => h.Name)) { Id = uri, AllowUnknownKeywords = true };
        dialects.Register(dialect.With([.. ecma.Where(h => names.Contains(h.Name))], uri));
    }
}
