using Conformance.Runner.Results;
using Conformance.Specs.Model;

namespace Conformance.Runner.Reporting.Coverage;

/// <summary>
/// Measures a finished run against its contract. An outbound exchange counts for the operation its
/// method and path match in the spec (so a token request made for a step counts for the token
/// operation, and an undocumented-method case counts for none); when the path matches nothing (an
/// operation with a server of its own) it counts for the step's or case's operation. An inbound
/// callback or webhook counts for the operation its step awaited, with the status the receiver answered.
/// </summary>
public static class SpecCoverageBuilder
{
    public static SpecCoverage Build(ApiSpec spec, ApiRunResult result)
    {
        var tally = new Dictionary<string, Tally>(StringComparer.Ordinal);
        foreach (var step in result.Flows.SelectMany(f => f.Steps))
        {
            foreach (var exchange in step.Exchanges)
            {
                Count(spec, tally, exchange, step.OperationId, generated: false);
            }
        }

        foreach (var generatedCase in result.GeneratedCases)
        {
            foreach (var exchange in generatedCase.Exchanges)
            {
                Count(spec, tally, exchange, generatedCase.OperationId, generated: true);
            }
        }

        var operations = Catalogue(spec).Select(entry => Measure(entry, tally.GetValueOrDefault(entry.Operation.OperationId))).ToList();
        var responses = operations.SelectMany(o => o.Responses).ToList();
        return new SpecCoverage
        {
            OperationsTotal = operations.Count,
            OperationsExercised = operations.Count(o => o.Exercised),
            ResponsesTotal = responses.Count,
            ResponsesReached = responses.Count(r => r.Reached),
            Operations = operations,
            UnreachedResponses = [.. operations.SelectMany(o => o.Responses.Where(r => !r.Reached).Select(r => $"{o.OperationId} {r.Status}"))],
        };
    }

    private static void Count(ApiSpec spec, Dictionary<string, Tally> tally, ExchangeRecord exchange, string? ownerOperationId, bool generated)
    {
        var operation = exchange.Direction == ExchangeDirection.Outbound
            ? MatchOutbound(spec, exchange, ownerOperationId)
            : ownerOperationId is null ? null : spec.FindOperation(ownerOperationId);
        if (operation is null)
        {
            return;
        }

        if (!tally.TryGetValue(operation.OperationId, out var counts))
        {
            tally[operation.OperationId] = counts = new Tally();
        }

        if (generated)
        {
            counts.Generated++;
        }
        else
        {
            counts.Flows++;
        }

        if (exchange.Response is { } response && operation.FindResponse(response.StatusCode) is { } documented)
        {
            counts.Reached.Add(documented.StatusKey);
        }
    }

    private static SpecOperation? MatchOutbound(ApiSpec spec, ExchangeRecord exchange, string? ownerOperationId)
    {
        var match = Uri.TryCreate(exchange.Request.Url, UriKind.Absolute, out var uri) ? spec.MatchRequest(exchange.Request.Method, uri.AbsolutePath) : null;
        if (match is not null)
        {
            return match.Operation;
        }

        return ownerOperationId is null ? null : spec.FindOperation(ownerOperationId);
    }

    private static OperationCoverage Measure(CatalogueEntry entry, Tally? counts) => new()
    {
        OperationId = entry.Operation.OperationId,
        Kind = entry.Kind,
        Method = entry.Operation.Method,
        Target = entry.Target,
        Exercised = counts is not null,
        FlowRequests = counts?.Flows ?? 0,
        GeneratedRequests = counts?.Generated ?? 0,
        Responses = [.. entry.Operation.Responses.Keys.Select(status => new ResponseCoverage { Status = status, Reached = counts?.Reached.Contains(status) == true })],
    };

    /// <summary>Path operations, then webhooks, then callbacks (nested ones after their parent's), each once.</summary>
    private static List<CatalogueEntry> Catalogue(ApiSpec spec)
    {
        var entries = new List<CatalogueEntry>();
        entries.AddRange(spec.Operations.Select(o => new CatalogueEntry(o, CoverageKind.Operation, o.PathTemplate)));
        entries.AddRange(spec.Webhooks.SelectMany(w => w.Operations.Select(o => new CatalogueEntry(o, CoverageKind.Webhook, w.Name))));
        var parents = entries.Select(e => e.Operation).ToList();
        entries.AddRange(parents.SelectMany(CallbacksOf));
        return [.. entries.DistinctBy(e => e.Operation.OperationId, StringComparer.Ordinal)];
    }

    private static IEnumerable<CatalogueEntry> CallbacksOf(SpecOperation parent) =>
        parent.Callbacks.SelectMany(c => c.Operations.SelectMany(o => CallbacksOf(o).Prepend(new CatalogueEntry(o, CoverageKind.Callback, c.Expression))));

    private sealed record CatalogueEntry(SpecOperation Operation, CoverageKind Kind, string Target);

    private sealed class Tally
    {
        public int Flows { get; set; }
        public int Generated { get; set; }
        public HashSet<string> Reached { get; } = new(StringComparer.Ordinal);
    }

}
