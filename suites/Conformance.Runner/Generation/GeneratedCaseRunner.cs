using System.Text.Json.Nodes;
using Conformance.Runner.Auth;
using Conformance.Runner.Checks;
using Conformance.Runner.Engine;
using Conformance.Runner.Expressions;
using Conformance.Runner.Results;
using Conformance.Runner.Transport;
using Conformance.Specs.Model;
using Conformance.Specs.Model.Conventions;

namespace Conformance.Runner.Generation;

/// <summary>
/// Sends generated cases, runs the exchange checks on each answer and judges the case's
/// expectation by the API's conventions (<see cref="CaseExpectations"/>). Ids for id parameters
/// are discovered as the contract declares, once per discovery operation; a discovery call that
/// itself needs an id gets one the same way (at most <see cref="MaxDiscoveryDepth"/> deep).
/// Discovery runs first, case by case in order (so its exchanges are recorded with the same case
/// whatever the parallelism); then the cases are sent, up to the given number at a time, and
/// returned in order. Once the run stops, cases not yet sent are reported as not run.
/// </summary>
public sealed class GeneratedCaseRunner(EngineContext context)
{
    private const int MaxDiscoveryDepth = 3;

    private readonly Dictionary<string, IReadOnlyList<string>> discovered = new(StringComparer.Ordinal);
    private readonly IdParameterRules idRules = new(context.Spec);
    private readonly SchemaSamples samples = new(context.Spec);

    /// <summary>Runs the cases one after the other.</summary>
    public Task<IReadOnlyList<GeneratedCaseResult>> RunAsync(IReadOnlyList<GeneratedCase> cases, CancellationToken cancellationToken) =>
        RunAsync(cases, 1, cancellationToken);

    public async Task<IReadOnlyList<GeneratedCaseResult>> RunAsync(IReadOnlyList<GeneratedCase> cases, int parallelism, CancellationToken cancellationToken)
    {
        var prepared = new List<Prepared>();
        foreach (var generated in cases)
        {
            prepared.Add(await PrepareAsync(generated, cancellationToken));
        }

        var results = new GeneratedCaseResult[prepared.Count];
        using var slots = new SemaphoreSlim(Math.Max(1, parallelism));
        var sending = prepared.Select(async (ready, index) =>
        {
            await slots.WaitAsync(cancellationToken);
            try
            {
                var result = context.Policy.Apply(ready.Done ?? await SendAsync(ready, cancellationToken));
                context.Listener.GeneratedCaseFinished(context.ApiId, result);
                results[index] = result;
            }
            finally
            {
                slots.Release();
            }
        }).ToList();
        await Task.WhenAll(sending);
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

    /// <summary>Discovers the case's ids; <see cref="Prepared.Done"/> is set when the case ends here (omitted).</summary>
    private async Task<Prepared> PrepareAsync(GeneratedCase generated, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, JsonNode?>(generated.Parameters);
        var exchanges = new List<ExchangeRecord>();
        if (generated.OmittedReason is { } reason)
        {
            return new Prepared(generated, null, parameters, exchanges, Omitted(generated, reason));
        }

        var template = generated.Operation ?? context.Spec.Operations.First(o => o.PathTemplate == generated.PathTemplate);

        foreach (var name in generated.IdParameters)
        {
            var parameter = template.Parameters.First(p => p.Name == name);
            var ids = await DiscoverAsync(template, parameter, exchanges, 0, cancellationToken);
            if (ids.Count == 0)
            {
                return new Prepared(generated, template, parameters, exchanges, Omitted(generated, context.Stop?.NotRunReason ?? $"no id for '{name}' could be discovered"));
            }

            parameters[name] = parameter.In == ParameterLocation.Query ? new JsonArray(ids.Take(3).Select(i => (JsonNode?)JsonValue.Create(i)).ToArray()) : JsonValue.Create(ids[0]);
        }

        var unavailable = context.Authenticator.Unavailable(template, generated.Auth);
        return new Prepared(generated, template, parameters, exchanges, unavailable is null ? null : Omitted(generated, unavailable));
    }

    private async Task<GeneratedCaseResult> SendAsync(Prepared ready, CancellationToken cancellationToken)
    {
        var (generated, prepared, parameters, exchanges, _) = ready;

        // Only cases that are not yet decided are sent, and those have their template.
        var template = prepared!;
        if (context.Stop?.NotRunReason is { } stopped)
        {
            return Omitted(generated, stopped);
        }

        var started = context.TimeProvider.GetTimestamp();
        var request = Build(generated, template, parameters);
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
            var bodyText = response.BodyText;
            JsonNode? body;
            if (generated.Operation is not null)
            {
                // The context parses the body once, for the checks and for the case's own judgement.
                var checkContext = new ExchangeContext(context.Spec, generated.Operation, exchange, generated.Auth, bodyText) { ApiId = context.ApiId, SlowAnswer = context.SlowAnswer };
                findings.AddRange(ExchangeChecker.Run(context.Catalogue, checkContext));
                body = checkContext.Json;
            }
            else
            {
                // An undocumented method has no operation to check against; only its answer time is judged.
                body = ExchangeContext.Parse(bodyText).Node;
                var timed = new ExchangeContext(context.Spec, null, exchange, generated.Auth, bodyText, (body, null)) { ApiId = context.ApiId, SlowAnswer = context.SlowAnswer };
                var responseTime = context.Catalogue.Get<ResponseTimeCheck>();
                if (responseTime.AppliesTo(timed))
                {
                    findings.AddRange(responseTime.Evaluate(timed));
                }
            }

            if (CaseExpectations.Judge(context.Catalogue, context.Spec.Conventions, generated, status, body) is { } failure)
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

    private TransportRequest Build(GeneratedCase generated, SpecOperation template, IReadOnlyDictionary<string, JsonNode?> values)
    {
        var input = new RequestInput
        {
            Operation = template,
            Method = generated.Method,
            Parameters = [.. values.Select(v => new RequestParameter(v.Key, null, v.Value))],
            Auth = generated.Auth,
            Body = generated.RawBody ?? (generated.HasBody ? generated.Body?.ToJsonString() ?? "null" : null),
            BodyJson = generated.RawBody is null ? generated.Body : null,
            ContentType = generated.ContentType,
        };

        // Generated values fill every path parameter they name; a template without values is still sent, so its answer is judged.
        return RequestBuilder.Build(context, input, new List<string>()).Request;
    }

    private async Task<IReadOnlyList<string>> DiscoverAsync(SpecOperation operation, SpecParameter parameter, List<ExchangeRecord> exchanges, int depth, CancellationToken cancellationToken)
    {
        if (depth >= MaxDiscoveryDepth || idRules.Rule(operation, parameter) is not { } rule || idRules.Discovery(rule) is not { } discovery)
        {
            return [];
        }

        if (discovered.TryGetValue(rule.OperationId, out var known))
        {
            return known;
        }

        var needIds = new List<SpecParameter>();
        var values = idRules.DiscoveryParameters(rule, discovery, samples, needIds);
        foreach (var inner in needIds)
        {
            var innerIds = await DiscoverAsync(discovery, inner, exchanges, depth + 1, cancellationToken);
            if (innerIds.Count == 0)
            {
                return discovered[rule.OperationId] = [];
            }

            values[inner.Name] = JsonValue.Create(innerIds[0]);
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
        var request = Build(probe, discovery, values);
        var result = await context.Transport.SendAsync(request, cancellationToken);
        exchanges.AddRange(ExchangeRecorder.CredentialExchanges(result, context.Masker));
        exchanges.Add(ExchangeRecorder.Outbound(request, result, context.Masker));
        var ids = JsonPointerPattern.Select(ExchangeContext.Parse(result.BodyText).Node, rule.Ids)
            .Select(JsonValues.ToText)
            .Where(i => i.Length > 0)
            .ToList();
        return discovered[rule.OperationId] = ids;
    }

    /// <summary>A case with its ids found, ready to send; or, when <see cref="Done"/> is set, already decided.</summary>
    private sealed record Prepared(GeneratedCase Case, SpecOperation? Template, Dictionary<string, JsonNode?> Parameters, List<ExchangeRecord> Exchanges, GeneratedCaseResult? Done);
}
