using System.Text.Json.Nodes;
using Conformance.Runner.Arazzo;
using Conformance.Runner.Auth;
using Conformance.Specs.Model;

namespace Conformance.Runner.Generation;

/// <summary>
/// Generates cases per operation (design §5): one valid request (GET always; POST only from a
/// documented body example; never PATCH, whose validity depends on state), schema-violating
/// parameters and bodies, missing and wrong credentials, and one undocumented method per path.
/// Only GET is sent with valid data; POST/PATCH get negative data (which must not create state).
/// Case ids are stable: <c>{operationId}.{kind}[.{detail}]</c>.
/// </summary>
public static class CaseGenerator
{
    private static readonly string[] UndocumentedOrder = ["DELETE", "PUT", "PATCH", "POST", "GET"];

    public static IReadOnlyList<GeneratedCase> Generate(ApiSpec spec)
    {
        var samples = new SchemaSamples(spec);
        var examples = new ParameterExamples(spec, samples);
        var ids = new IdParameterRules(spec);
        var cases = new List<GeneratedCase>();
        var firstSecuredGet = spec.Operations.FirstOrDefault(o => o.Method == "GET" && Authenticator.RequiresAuth(o));
        foreach (var operation in spec.Operations)
        {
            var baseCase = BaseCase(spec, operation, examples, ids);
            if (operation.Method == "GET")
            {
                cases.Add(baseCase);
            }
            else if (operation.Method == "POST" && ExampleBody(operation) is { } body)
            {
                cases.Add(baseCase with { Body = body.Body, HasBody = true, ContentType = body.ContentType });
            }

            cases.AddRange(NegativeCases.ForParameters(operation, baseCase, samples));
            if (operation.Method is "POST" or "PUT" or "PATCH")
            {
                cases.AddRange(NegativeCases.ForBody(operation, baseCase, samples, ExampleBody(operation)));
            }

            if (Authenticator.RequiresAuth(operation))
            {
                var authBase = WithSafeBody(operation, baseCase, samples);
                var applicable = WrongCredentialModes.For(spec, operation);
                if (applicable.Contains(AuthMode.None))
                {
                    cases.Add(authBase with { CaseId = $"{operation.OperationId}.{CaseKind.MissingAuth}", Kind = CaseKind.MissingAuth, Auth = AuthMode.None, Description = $"no credentials: must be refused ({spec.Conventions.Credentials})" });
                }

                // Every mode on the first secured GET; elsewhere one cheap wrong credential (garbage when it applies).
                var wrong = applicable.Where(m => m != AuthMode.None).ToList();
                var modes = operation == firstSecuredGet ? wrong : wrong.Contains(AuthMode.Garbage) ? [AuthMode.Garbage] : wrong.Take(1).ToList();
                cases.AddRange(modes.Select(m => authBase with
                {
                    CaseId = $"{operation.OperationId}.{CaseKind.WrongAuth}.{Name(m)}",
                    Kind = CaseKind.WrongAuth,
                    Auth = m,
                    Description = $"{m} credentials: must be refused ({spec.Conventions.Credentials})",
                }));
            }
        }

        foreach (var path in spec.Operations.GroupBy(o => o.PathTemplate))
        {
            var documented = path.Select(o => o.Method).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var method = UndocumentedOrder.FirstOrDefault(m => !documented.Contains(m));
            if (method is null)
            {
                continue;
            }

            var template = BaseCase(spec, path.First(), examples, ids);
            cases.Add(template with
            {
                CaseId = $"{path.First().OperationId}.{CaseKind.UndocumentedMethod}.{method.ToLowerInvariant()}",
                Kind = CaseKind.UndocumentedMethod,
                Method = method,
                Operation = null,
                Body = null,
                HasBody = false,
                Description = $"{method} {path.Key} is not documented: must not succeed",
            });
        }

        return cases;
    }

    private static GeneratedCase BaseCase(ApiSpec spec, SpecOperation operation, ParameterExamples examples, IdParameterRules ids)
    {
        var values = new Dictionary<string, JsonNode?>();
        var idParameters = new List<string>();
        var required = operation.Parameters.Where(p => p.Required && p.In != ParameterLocation.Header && p.In != ParameterLocation.Cookie).ToList();
        if (!required.Any(p => p.In == ParameterLocation.Query)
            && operation.Parameters.FirstOrDefault(p => p is { Required: false, In: ParameterLocation.Query } && p.Name != Cursor(spec, operation) && examples.Example(operation, p) is not null) is { } optional)
        {
            // Some APIs need one of several optional filters (e.g. FiNUM id-list or holder-id): send the first.
            // Never a paging cursor: only the provider can make a valid one.
            required.Add(optional);
        }

        foreach (var parameter in required)
        {
            values[parameter.Name] = examples.Example(operation, parameter);
            if (ids.NeedsId(operation, parameter))
            {
                idParameters.Add(parameter.Name);
            }
        }

        return new GeneratedCase
        {
            CaseId = $"{operation.OperationId}.{CaseKind.ValidRequest}",
            Kind = CaseKind.ValidRequest,
            OperationId = operation.OperationId,
            Description = $"a valid {operation.Method} built from the spec's examples: must be accepted",
            Method = operation.Method,
            PathTemplate = operation.PathTemplate,
            Operation = operation,
            Parameters = values,
            IdParameters = idParameters,
        };
    }

    private static string? Cursor(ApiSpec spec, SpecOperation operation) =>
        spec.Conventions.Pagination.Pages(operation) ? spec.Conventions.Pagination.CursorParameter : null;

    private static GeneratedCase WithSafeBody(SpecOperation operation, GeneratedCase baseCase, SchemaSamples samples)
    {
        if (operation.RequestBody is not { } body)
        {
            return baseCase;
        }

        var media = body.Content.Values.FirstOrDefault();
        return baseCase with { Body = ExampleBody(operation)?.Body ?? samples.Sample(media?.Schema?.Node), HasBody = true, ContentType = media?.MediaType };
    }

    /// <summary>The <c>x-conformance-auth</c> spelling of a mode (flows-contract "Credentials").</summary>
    private static string Name(AuthMode mode) => AuthModeNames.Name(mode);

    internal static (JsonNode? Body, string ContentType)? ExampleBody(SpecOperation operation)
    {
        var media = operation.RequestBody?.Content.Values.FirstOrDefault(m => m.Examples.Count > 0);
        return media is null ? null : (media.Examples[0].Value?.DeepClone(), media.MediaType);
    }
}
