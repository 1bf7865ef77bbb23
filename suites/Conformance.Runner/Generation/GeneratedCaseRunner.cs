using System.Text.Json.Nodes;
using Conformance.Runner.Auth;
using Conformance.Runner.Checks;
using Conformance.Runner.Engine;
using Conformance.Runner.Results;
using Conformance.Runner.Transport;
using Conformance.Specs.Model;

namespace Conformance.Runner.Generation;

/// <summary>
/// Sends generated cases one by one, runs the exchange checks on each answer and judges the
/// case's expectation (accepted, refused with 4xx, refused with 401, not successful).
/// Ids for id parameters are discovered once per resource type.
/// </summary>
public sealed class GeneratedCaseRunner(EngineContext context)
{
    private readonly Dictionary<string, IReadOnlyList<string>> discovered = new(StringComparer.Ordinal);
    private readonly IdParameterRules idRules = new(context.Spec);
    private readonly SchemaSamples samples = new(context.Spec);

    public async Task<IReadOnlyList<GeneratedCaseResult>> RunAsync(IReadOnlyList<GeneratedCase> cases, CancellationToken cancellationToken)
    {
        var results = new List<GeneratedCaseResult>();
        foreach (var generated in cases)
        {
            var result = context.Policy.Apply(await RunOneAsync(generated, cancellationToken));
            context.Listener.GeneratedCaseFinished(context.ApiId, result);
            results.Add(result);
        }

        return results;
    }

    public static GeneratedCaseResult Omitted(GeneratedCase generated, string reason) => new()
    {
        CaseId = generated.CaseId,
        OperationId = generated.OperationId,
        Kind = generated.Kind,
        Description = $"{generated.Description} (omitted: {reason})",
        Outcome = Outcome.Omitted,
        Duration = TimeSpan.Zero,
        Exchanges = [],
        Findings = [],
    };

    private async Task<GeneratedCaseResult> RunOneAsync(GeneratedCase generated, CancellationToken cancellationToken)
    {
        if (generated.OmittedReason is { } reason)
        {
            return Omitted(generated, reason);
        }

        var started = context.TimeProvider.GetTimestamp();
        var parameters = new Dictionary<string, JsonNode?>(generated.Parameters);
        var exchanges = new List<ExchangeRecord>();
        var template = generated.Operation ?? context.Spec.Operations.First(o => o.PathTemplate == generated.PathTemplate);
        foreach (var name in generated.IdParameters)
        {
            var ids = await DiscoverAsync(template, exchanges, cancellationToken);
            if (ids.Count == 0)
            {
                return Omitted(generated, $"no id for '{name}' could be discovered");
            }

            var parameter = template.Parameters.First(p => p.Name == name);
            parameters[name] = parameter.In == ParameterLocation.Query ? new JsonArray(ids.Take(3).Select(i => (JsonNode?)JsonValue.Create(i)).ToArray()) : JsonValue.Create(ids[0]);
        }

        if (context.Authenticator.Unavailable(template, generated.Auth) is { } unavailable)
        {
            return Omitted(generated, unavailable);
        }

        var request = CaseRequests.Build(context, generated, template, parameters);
        var response = await context.Transport.SendAsync(request, cancellationToken);
        var (tokenExchanges, tokenFindings) = CredentialExchanges.Judge(context, response);
        var exchange = ExchangeRecorder.Outbound(request, response, context.Masker);
        exchanges.AddRange(tokenExchanges);
        exchanges.Add(exchange);
        var findings = new List<Finding>(tokenFindings);
        if (response.StatusCode is not { } status)
        {
            findings.Add(context.Catalogue.Get<ResponseReceivedCheck>().Fail($"{request.Method} {exchange.Request.Url}: {exchange.TransportError}"));
        }
        else
        {
            if (generated.Operation is not null)
            {
                var bodyText = response.BodyText;
                var checkContext = new ExchangeContext(context.Spec, generated.Operation, exchange, generated.Auth, bodyText, ExchangeContext.Parse(bodyText));
                findings.AddRange(ExchangeChecker.Run(context.Catalogue, checkContext));
            }

            if (CaseExpectations.Judge(context.Catalogue, generated, status) is { } failure)
            {
                findings.Add(failure);
            }
        }

        return new GeneratedCaseResult
        {
            CaseId = generated.CaseId,
            OperationId = generated.OperationId,
            Kind = generated.Kind,
            Description = generated.Description,
            Outcome = OutcomeRules.From(findings),
            Duration = context.TimeProvider.GetElapsedTime(started),
            Exchanges = exchanges,
            Findings = findings,
        };
    }

    private async Task<IReadOnlyList<string>> DiscoverAsync(SpecOperation operation, List<ExchangeRecord> exchanges, CancellationToken cancellationToken)
    {
        if (idRules.Discovery(operation) is not { } discovery)
        {
            return [];
        }

        if (discovered.TryGetValue(discovery.OperationId, out var known))
        {
            return known;
        }

        var probe = new GeneratedCase
        {
            CaseId = "discovery",
            Kind = "discovery",
            OperationId = discovery.OperationId,
            Description = "id discovery",
            Method = discovery.Method,
            PathTemplate = discovery.PathTemplate,
            Operation = discovery,
        };
        var request = CaseRequests.Build(context, probe, discovery, IdParameterRules.DiscoveryParameters(discovery, samples));
        var result = await context.Transport.SendAsync(request, cancellationToken);
        exchanges.AddRange(ExchangeRecorder.CredentialExchanges(result, context.Masker));
        exchanges.Add(ExchangeRecorder.Outbound(request, result, context.Masker));
        var ids = ExchangeContext.Parse(result.BodyText).Node is JsonArray array
            ? array.Select(Expressions.JsonValues.ToText).Where(i => i.Length > 0).ToList()
            : [];
        discovered[discovery.OperationId] = ids;
        return ids;
    }
}
