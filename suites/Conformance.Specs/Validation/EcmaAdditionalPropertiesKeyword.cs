using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Json.Schema.Keywords;

namespace Conformance.Specs.Validation;

/// <summary>
/// <c>additionalProperties</c> beside ECMA-262 <c>patternProperties</c>. The library's handler compiles
/// the sibling patterns itself with .NET's ECMAScript option (which refuses <c>\p{…}</c>) although it
/// judges by the <c>patternProperties</c> annotation; it is given the schema without them.
/// </summary>
internal sealed class EcmaAdditionalPropertiesKeyword : AdditionalPropertiesKeyword
{
    public static EcmaAdditionalPropertiesKeyword Shared { get; } = new();

    public override void BuildSubschemas(KeywordData keyword, BuildContext context)
    {
        if (context.LocalSchema.ValueKind == JsonValueKind.Object && context.LocalSchema.TryGetProperty("patternProperties", out _))
        {
            var local = JsonObject.Create(context.LocalSchema)!;
            local.Remove("patternProperties");
            context = context with { LocalSchema = JsonElements.From(local) };
        }

        base.BuildSubschemas(keyword, context);
    }
}
