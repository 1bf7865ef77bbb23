using System.Text.Json.Nodes;
using Conformance.Runner.Expressions;
using Conformance.Runner.Results;

namespace Conformance.Runner.Checks.Thinksurance;

/// <summary>
/// Every delivery of one notification (same <c>eventType</c>, <c>eventTime</c> and affected
/// reference) that a workflow received carries the same <c>eventId</c> and <c>notificationId</c>, and
/// there are at most 3 of them: retries repeat the event, so a partner can drop duplicates, and stop
/// after the third attempt.
/// </summary>
public sealed class WebhookEventIdStableCheck : IWorkflowCheck, IApiCheck
{
    public const int MaxAttempts = 3;

    public string Id => "thinksurance_webhook_event_id_stable";
    public string ApiId => "thinksurance";
    public string Title => "Webhook retries keep their eventId and stop after 3 attempts";
    public string SpecReference => "Thinksurance contract, webhooks.inquiryNotification (same eventId and notificationId on every attempt, at most 3 attempts)";
    public Severity DefaultSeverity => Severity.Error;
    public bool IsMandatory => false;

    public IEnumerable<Finding> Evaluate(WorkflowCheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var deliveries = context.Exchanges()
            .Where(p => p.Exchange.Direction == ExchangeDirection.InboundCallback)
            .Select(p => ExchangeContext.Parse(p.Exchange.Request.Body).Node as JsonObject)
            .OfType<JsonObject>()
            .Where(n => n.ContainsKey("eventId") && n.ContainsKey("eventType"))
            .GroupBy(Event, StringComparer.Ordinal);
        foreach (var same in deliveries)
        {
            var eventIds = same.Select(n => Text(n["eventId"])).Distinct(StringComparer.Ordinal).ToList();
            var notificationIds = same.Select(n => Text(n["notificationId"])).Distinct(StringComparer.Ordinal).ToList();
            if (eventIds.Count > 1 || notificationIds.Count > 1)
            {
                yield return this.Fail($"the notification {same.Key} arrived {same.Count()} times with {eventIds.Count} eventIds and {notificationIds.Count} notificationIds; every attempt repeats them");
            }

            if (same.Count() > MaxAttempts)
            {
                yield return this.Fail($"the notification {same.Key} arrived {same.Count()} times; at most {MaxAttempts} attempts are made");
            }
        }
    }

    /// <summary>What makes two deliveries the same notification, whatever ids they carry.</summary>
    private static string Event(JsonObject notification) =>
        $"{Text(notification["eventType"])} at {Text(notification["eventTime"])} about {Text(notification["affected"]?[0]?["referenceType"])} {Text(notification["affected"]?[0]?["referenceId"])}";

    private static string Text(JsonNode? node) => JsonValues.TryGetString(node, out var text) ? text : node?.ToJsonString() ?? string.Empty;
}
