using Conformance.Runner.Checks.Thinksurance;

namespace Conformance.Runner.Tests.Checks.Thinksurance;

public sealed class WebhookEventIdStableCheckTests
{
    private static readonly WebhookEventIdStableCheck Check = new();

    private static string Notification(string eventId, string notificationId = "n-1", string eventType = "InquiryCreated", string inquiry = "100041") =>
        $$"""{"eventType":"{{eventType}}","eventTime":"2026-01-01T00:00:00.000Z","eventId":"{{eventId}}","notificationId":"{{notificationId}}","accountReference":"a","brokerReference":"b","affected":[{"referenceType":"inquiry","referenceId":"{{inquiry}}"}]}""";

    [Test]
    public void Evaluate_RetryWithTheSameIds_Passes() =>
        Assert.That(Check.Evaluate(WorkflowExchanges.Of(WorkflowExchanges.Inbound(Notification("e-1")), WorkflowExchanges.Inbound(Notification("e-1")))), Is.Empty);

    [Test]
    public void Evaluate_DifferentEvents_Pass() =>
        Assert.That(Check.Evaluate(WorkflowExchanges.Of(
            WorkflowExchanges.Inbound(Notification("e-1")),
            WorkflowExchanges.Inbound(Notification("e-2", "n-2", "InquiryUpdated")),
            WorkflowExchanges.Inbound(Notification("e-3", "n-3", inquiry: "100042")))), Is.Empty);

    [Test]
    public void Evaluate_RetryWithANewEventId_Fails() =>
        Assert.That(Check.Evaluate(WorkflowExchanges.Of(WorkflowExchanges.Inbound(Notification("e-1")), WorkflowExchanges.Inbound(Notification("e-9")))).Single().Message, Does.Contain("2 eventIds"));

    [Test]
    public void Evaluate_RetryWithANewNotificationId_Fails() =>
        Assert.That(Check.Evaluate(WorkflowExchanges.Of(WorkflowExchanges.Inbound(Notification("e-1")), WorkflowExchanges.Inbound(Notification("e-1", "n-9")))), Has.Exactly(1).Items);

    [Test]
    public void Evaluate_FourAttempts_Fails() =>
        Assert.That(Check.Evaluate(WorkflowExchanges.Of([.. Enumerable.Repeat(0, 4).Select(_ => WorkflowExchanges.Inbound(Notification("e-1")))])).Single().Message, Does.Contain("at most 3"));
}
