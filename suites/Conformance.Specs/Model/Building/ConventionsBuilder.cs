using System.Text.Json.Nodes;
using Conformance.Specs.Json;
using Conformance.Specs.Model.Conventions;

namespace Conformance.Specs.Model.Building;

/// <summary>
/// Reads the root <c>x-conformance</c> object (<c>docs/conventions.md</c>) into
/// <see cref="ApiConventions"/>. Anything left out takes the default of <see cref="ApiConventions.Default"/>.
/// </summary>
internal static class ConventionsBuilder
{
    public const string Member = "x-conformance";
    private const string Root = "/x-conformance";

    public static ApiConventions Build(BuildContext context, JsonObject root, IReadOnlyList<SpecOperation> operations)
    {
        if (!root.TryGetPropertyValue(Member, out var node))
        {
            return ApiConventions.Default;
        }

        var reader = new ConventionsReader(context);
        if (node is not JsonObject conventions)
        {
            reader.Error("must be an object", Root);
            return ApiConventions.Default;
        }

        reader.Members(conventions, Root, ConventionsVocabulary.Root);
        var refusals = reader.Object(conventions, Root, "refusals", ConventionsVocabulary.Refusals);
        var refusalsAt = Root + "/refusals";
        var credentials = refusals is null ? ApiConventions.Default.Credentials : Refusal(reader, refusals, refusalsAt, "credentials", ApiConventions.Default.Credentials);
        return new ApiConventions
        {
            BadInput = refusals is null ? ApiConventions.Default.BadInput : Refusal(reader, refusals, refusalsAt, "badInput", ApiConventions.Default.BadInput),
            Credentials = credentials,
            Scope = refusals is null ? credentials : Refusal(reader, refusals, refusalsAt, "scope", credentials),
            ErrorBody = ErrorBody(reader, conventions, operations),
            RequestHeaders = Headers(reader, conventions),
            Pagination = PaginationBuilder.Build(reader, conventions, Root, operations),
            IdDiscovery = IdDiscoveryBuilder.Build(reader, conventions, Root, operations),
        };
    }

    private static RefusalRule Refusal(ConventionsReader reader, JsonObject refusals, string pointer, string name, RefusalRule fallback)
    {
        if (reader.Object(refusals, pointer, name, ConventionsVocabulary.Refusal) is not { } rule)
        {
            return fallback;
        }

        var at = JsonPointer.Append(pointer, name);
        var statuses = reader.Statuses(rule, at, "status");
        if (statuses is not { Count: > 0 })
        {
            reader.Error($"'{name}' needs 'status': the codes or classes of a refusal", at);
        }

        return new RefusalRule
        {
            Statuses = statuses is { Count: > 0 } ? statuses : fallback.Statuses,
            BodyMember = reader.Pointer(rule, at, "bodyMember"),
        };
    }

    private static ErrorBodyConvention? ErrorBody(ConventionsReader reader, JsonObject conventions, IReadOnlyList<SpecOperation> operations)
    {
        const string At = Root + "/errorBody";
        if (reader.Object(conventions, Root, "errorBody", ConventionsVocabulary.ErrorBody) is not { } body)
        {
            return null;
        }

        var reference = (body["schema"] as JsonObject)?.String("$ref");
        var pointer = reference is null ? null : JsonPointer.Normalize(reference);
        if (reference is null || !reference.StartsWith('#') || !JsonPointer.TryResolve(reader.Context.Resolver.Root, pointer!, out var schema) || schema is null)
        {
            reader.Error(reference is null ? "'errorBody.schema' must be {$ref: '#/…'} naming a schema of this contract" : $"'errorBody.schema' names '{reference}', which is not in this contract", At + "/schema");
            return null;
        }

        var mediaTypes = reader.Strings(body, At, "mediaTypes");
        if (mediaTypes is not { Count: > 0 })
        {
            reader.Error("'errorBody' needs 'mediaTypes': the media types error answers use", At);
            return null;
        }

        var except = reader.Strings(body, At, "exceptOperations") ?? [];
        foreach (var id in except)
        {
            reader.KnownOperation(id, At + "/exceptOperations", operations);
        }

        return new ErrorBodyConvention
        {
            SchemaRef = reference,
            Schema = new SpecSchema(pointer!, schema),
            MediaTypes = [.. mediaTypes.Select(m => m.Split(';')[0].Trim().ToLowerInvariant())],
            Statuses = reader.Statuses(body, At, "statuses") is { Count: > 0 } statuses ? statuses : ["4XX", "5XX"],
            BodyMember = reader.Pointer(body, At, "bodyMember"),
            StatusMember = reader.Pointer(body, At, "statusMember"),
            ExceptOperations = except,
        };
    }

    private static List<KeyValuePair<string, string>> Headers(ConventionsReader reader, JsonObject conventions)
    {
        const string At = Root + "/requestDefaults";
        if (reader.Object(conventions, Root, "requestDefaults", ConventionsVocabulary.RequestDefaults) is not { } defaults
            || reader.Object(defaults, At, "headers") is not { } headers)
        {
            return [];
        }

        var result = new List<KeyValuePair<string, string>>();
        foreach (var (name, _) in headers)
        {
            if (reader.String(headers, At + "/headers", name) is { } value)
            {
                result.Add(new(name, value));
            }
        }

        return result;
    }
}
