using Conformance.Runner.Arazzo;
using Conformance.Runner.Auth;
using Conformance.Runner.Callbacks;
using Conformance.Runner.Checks;
using Conformance.Runner.Expressions;
using Conformance.Runner.Results;
using Conformance.Runner.Transport;
using Conformance.Specs.Model;

namespace Conformance.Runner.Engine;

/// <summary>Executes one attempt of an operation step or a step awaiting a callback or webhook.</summary>
internal sealed class StepExecutor(EngineContext context)
{
    private readonly FlowCompletedCheck flowCompleted = context.Catalogue.Get<FlowCompletedCheck>();

    /// <summary><paramref name="history"/> holds the run's earlier exchanges; this one is added once checked.</summary>
    public async Task<StepAttempt> SendAsync(ArazzoStep step, ExpressionScope scope, CancellationToken cancellationToken, List<ExchangeContext>? history = null)
    {
        var operation = ResolveOperation(step);
        if (operation is null)
        {
            return Aborted(scope, flowCompleted.Fail($"step '{step.StepId}': the operation is not in the spec"));
        }

        if (step.AwaitCallback is not null)
        {
            return await AwaitCallbackAsync(step, operation, scope, cancellationToken);
        }

        var problems = new List<string>();
        var (request, view) = RequestBuilder.Build(context, operation, step, scope, problems);
        var findings = problems.Select(p => flowCompleted.Fail($"step '{step.StepId}': {p}")).ToList();
        var result = await context.Transport.SendAsync(request, cancellationToken);
        var (tokenExchanges, tokenFindings) = CredentialExchanges.Judge(context, result);
        findings.AddRange(tokenFindings);
        if (result.CredentialProblem is { } credentialProblem)
        {
            findings.Add(flowCompleted.Fail($"step '{step.StepId}': the credentials could not be obtained: {context.Masker.MaskText(credentialProblem)}"));
        }

        var exchange = ExchangeRecorder.Outbound(request, result, context.Masker);
        var attemptScope = scope with { Url = request.Url, Method = request.Method, Request = view };
        if (result.StatusCode is not { } status)
        {
            findings.Add(context.Catalogue.Get<ResponseReceivedCheck>().Fail($"{request.Method} {exchange.Request.Url}: {exchange.TransportError}"));
            return new StepAttempt([.. tokenExchanges, exchange], findings, attemptScope, false, exchange.TransportError);
        }

        var bodyText = result.BodyText;
        // A JSON body is parsed once, by the context, for the checks and the step's outputs alike.
        var checkContext = (MediaTypes.IsJson(MediaTypes.Essence(result.ContentType)) || result.ContentType is null) && bodyText is not null
            ? new ExchangeContext(context.Spec, operation, exchange, step.Auth, bodyText) { ApiId = context.ApiId, Earlier = [.. history ?? []], SlowAnswer = context.SlowAnswer }
            : new ExchangeContext(context.Spec, operation, exchange, step.Auth, bodyText, (null, null)) { ApiId = context.ApiId, Earlier = [.. history ?? []], SlowAnswer = context.SlowAnswer };
        findings.AddRange(ExchangeChecker.Run(context.Catalogue, checkContext, step.ExpectFailureChecks));
        history?.Add(checkContext);
        var responseView = new MessageView
        {
            Headers = Join(result.Headers),
            Body = checkContext.Json,
            BodyText = bodyText,
        };
        return new StepAttempt([.. tokenExchanges, exchange], findings, attemptScope with { StatusCode = status, Response = responseView }, true, null);
    }

    private async Task<StepAttempt> AwaitCallbackAsync(ArazzoStep step, SpecOperation operation, ExpressionScope scope, CancellationToken cancellationToken)
    {
        var wait = step.AwaitCallback!;
        var received = context.Catalogue.Get<CallbackReceivedCheck>();
        var webhook = SpecLookup.FindInbound(context.Spec, operation.OperationId) is { IsWebhook: true };
        var runId = scope.Inputs.TryGetValue("runId", out var runIdNode) ? JsonValues.ToText(runIdNode) : string.Empty;
        if (context.Inbox is not { } inbox || (webhook ? inbox.WebhookUrl is null : runId.Length == 0))
        {
            return Aborted(scope, received.Fail($"step '{step.StepId}': no callback receiver is running{(webhook ? " with a webhook URL" : string.Empty)}"));
        }

        if (!RuntimeExpression.TryParse(wait.Match.Trim(), out var match, out var error))
        {
            return Aborted(scope, flowCompleted.Fail($"step '{step.StepId}': {error}"));
        }

        var problems = new List<string>();
        var expected = ExpressionTemplate.EvaluateString(wait.EqualsValue, scope, problems);
        if (problems.Count > 0)
        {
            return Aborted(scope, flowCompleted.Fail($"step '{step.StepId}': the correlation value is unknown: {string.Join("; ", problems)}"));
        }

        bool Matches(InboundCallback callback)
        {
            var value = ExpressionEvaluator.Evaluate(match!, InboundScope(scope, callback, wait.RespondWith));
            return value.IsDefined && JsonValues.AreEqual(value.Value, expected);
        }

        var callback = webhook
            ? await inbox.WaitForWebhookAsync(Matches, wait.RespondWith, wait.Timeout, cancellationToken)
            : await inbox.WaitAsync(runId, Matches, wait.RespondWith, wait.Timeout, cancellationToken);
        if (callback is null)
        {
            var unclaimed = webhook ? inbox.UnclaimedWebhooks() : inbox.Unclaimed(runId);
            var malformed = unclaimed.Where(c => c.ParseError is not null).ToList();
            var kind = webhook ? "webhook" : "callback";
            var detail = unclaimed.Count == 0
                ? $"no {kind} arrived{(webhook ? $" at {inbox.WebhookUrl}" : string.Empty)}"
                : $"{unclaimed.Count} {kind}(s) arrived but none had {wait.Match} = {JsonValues.ToText(expected)}"
                    + (malformed.Count > 0 ? $"; {malformed.Count} malformed: {malformed[0].ParseError}" : string.Empty);
            var findings = new List<Finding> { received.Fail($"step '{step.StepId}': no matching {operation.OperationId} within {wait.Timeout.TotalSeconds:0.#} s: {detail}") };
            var callbackCheck = context.Catalogue.Get<CallbackRequestConformanceCheck>();
            findings.AddRange(malformed.Select(m => callbackCheck.Fail($"malformed callback {m.Method} {m.Url}: {m.ParseError}", operation.Pointer)));
            return new StepAttempt(unclaimed.Select(c => c.Record).ToList(), findings, scope, false, detail);
        }

        var checkContext = new ExchangeContext(context.Spec, operation, callback.Record, step.Auth, callback.View.BodyText, (callback.View.Body, callback.ParseError)) { ApiId = context.ApiId };
        var checks = ExchangeChecker.Run(context.Catalogue, checkContext, step.ExpectFailureChecks);
        return new StepAttempt([callback.Record], checks, InboundScope(scope, callback, wait.RespondWith), true, null);
    }

    private static ExpressionScope InboundScope(ExpressionScope scope, InboundCallback callback, int answered) =>
        scope with { Request = callback.View, Url = callback.Url, Method = callback.Method, StatusCode = answered };

    private SpecOperation? ResolveOperation(ArazzoStep step)
    {
        if (step.OperationId is { } id)
        {
            var plain = id.StartsWith("$sourceDescriptions.", StringComparison.Ordinal) ? id[(id.LastIndexOf('.') + 1)..] : id;
            return SpecLookup.FindOperation(context.Spec, plain) ?? SpecLookup.FindInbound(context.Spec, plain)?.Operation;
        }

        return step.OperationPath is { } path && SpecLookup.OperationPathPointer(path) is { } pointer
            ? SpecLookup.FindByPointer(context.Spec, pointer)
            : null;
    }

    private static StepAttempt Aborted(ExpressionScope scope, Finding finding) => new([], [finding], scope, false, finding.Message);

    private static Dictionary<string, string> Join(IReadOnlyList<KeyValuePair<string, string>> headers) =>
        headers.GroupBy(h => h.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => string.Join(", ", g.Select(h => h.Value)), StringComparer.OrdinalIgnoreCase);
}
