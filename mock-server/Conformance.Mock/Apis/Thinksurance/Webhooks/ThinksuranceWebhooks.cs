using System.Globalization;
using System.Text.Json.Nodes;
using Conformance.Mock.Apis.Thinksurance.Model;
using Conformance.Mock.Callbacks;
using Conformance.Mock.Defects;
using Conformance.Mock.Seeding;
using Conformance.Mock.State;

namespace Conformance.Mock.Apis.Thinksurance.Webhooks;

/// <summary>
/// The <c>inquiryNotification</c> webhook: one registered target (the platform's "registered with
/// support", here the module's admin hook), sent through the host's dispatcher with the contract's
/// policy: at most 3 attempts, retries 1 s and 2 s after a failure, only 204 delivers, the same
/// payload (so the same <c>eventId</c>) on every attempt. Event ids derive from the global seed and a
/// counter, so a run's ids repeat after a restart but never within one.
/// </summary>
public sealed class ThinksuranceWebhooks(CallbackDispatcher dispatcher, ActiveDefects defects, int globalSeed, string accountTag) : IResettable
{
    public const string Name = "inquiryNotification";

    public static readonly DeliveryPolicy Policy = new()
    {
        MaxAttempts = 3,
        Backoff = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)],
        DeliveredStatuses = new HashSet<int> { 204 },
    };

    private readonly Lock gate = new();
    private Uri? target;
    private long events;

    public Uri? Target
    {
        get
        {
            lock (gate)
            {
                return target;
            }
        }
    }

    public bool IsAllowed(Uri url) => dispatcher.AllowList.IsAllowed(url);

    /// <summary>Null removes the target.</summary>
    public void Register(Uri? url)
    {
        lock (gate)
        {
            target = url;
        }
    }

    public void Reset()
    {
        lock (gate)
        {
            // The event counter keeps counting, so event ids stay unique for the process.
            target = null;
        }
    }

    /// <summary>The event for an inquiry's new state: created, updated (data or status 4), proposal (15), ordered (6).</summary>
    public static string EventType(Inquiry inquiry, bool created)
    {
        ArgumentNullException.ThrowIfNull(inquiry);
        return created ? "InquiryCreated" : inquiry.Status switch { 15 => "InquiryProposalCreated", 6 => "InquiryOrdered", _ => "InquiryUpdated" };
    }

    /// <summary>Queues the event for the registered target (none registered: nothing is sent).</summary>
    /// <param name="inquiryUrl">Where <c>getInquiryNotification</c> of this inquiry is served.</param>
    public CallbackDelivery? Notify(Inquiry inquiry, Broker broker, string eventType, DateTimeOffset at, Uri inquiryUrl)
    {
        ArgumentNullException.ThrowIfNull(inquiry);
        ArgumentNullException.ThrowIfNull(broker);
        Uri url;
        long number;
        lock (gate)
        {
            if (target is null)
            {
                return null;
            }

            url = target;
            number = ++events;
        }

        var suppress = defects.IsOn(ThinksuranceDefects.WebhookNeverSent);
        if (defects.IsOn(ThinksuranceDefects.WebhookNewEventId))
        {
            // Each attempt as its own single-attempt delivery with fresh ids: what a provider that
            // regenerates the event on every retry sends.
            CallbackDelivery? first = null;
            var due = at;
            for (var attempt = 1; attempt <= Policy.MaxAttempts; attempt++)
            {
                var payload = Payload(inquiry, broker, eventType, at, inquiryUrl, number, attempt);
                var delivery = dispatcher.Enqueue(new CallbackRequest("thinksurance", Name, Subject(inquiry), url, payload, due, suppress) { Policy = Policy with { MaxAttempts = 1 } });
                first ??= delivery;
                due += Policy.BackoffAfter(attempt);
            }

            return first;
        }

        return dispatcher.Enqueue(new CallbackRequest("thinksurance", Name, Subject(inquiry), url, Payload(inquiry, broker, eventType, at, inquiryUrl, number, 0), at, suppress) { Policy = Policy });
    }

    private static string Subject(Inquiry inquiry) => inquiry.Id.ToString(CultureInfo.InvariantCulture);

    private string Payload(Inquiry inquiry, Broker broker, string eventType, DateTimeOffset at, Uri inquiryUrl, long number, int variant)
    {
        var id = inquiry.Id.ToString(CultureInfo.InvariantCulture);
        var affected = new JsonArray
        {
            new JsonObject
            {
                ["referenceType"] = "inquiry",
                ["referenceId"] = id,
                ["links"] = new JsonArray { new JsonObject { ["contentType"] = "application/json", ["href"] = inquiryUrl.AbsoluteUri } },
            },
        };
        if (inquiry.Customer is { } customer)
        {
            affected.Add(new JsonObject { ["referenceType"] = "customer", ["referenceId"] = customer.Id.ToString(CultureInfo.InvariantCulture) });
        }

        return new JsonObject
        {
            ["eventType"] = eventType,
            ["eventTime"] = at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            ["eventId"] = Uuid("event", number, variant),
            ["notificationId"] = Uuid("notification", number, variant),
            ["accountReference"] = accountTag,
            ["brokerReference"] = broker.ExternalId,
            ["translations"] = new JsonObject { ["eventType"] = new JsonObject { ["de_DE"] = GermanLabel(eventType) } },
            ["affected"] = affected,
        }.ToJsonString();
    }

    /// <summary>A version-4-shaped UUID from the global seed, the event number and the attempt variant.</summary>
    private string Uuid(string kind, long number, int variant)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"{kind}-{number}-{variant}");
        var random = new StableRandom(StableSeed.For(globalSeed, "thinksurance", "webhook", key));
        var bytes = new byte[16];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)random.Next(0, 256);
        }

        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(bytes);
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }

    private static string GermanLabel(string eventType) => eventType switch
    {
        "InquiryCreated" => "Anfrage erstellt",
        "InquiryProposalCreated" => "Antrag erstellt",
        "InquiryOrdered" => "Deckungsauftrag erstellt",
        _ => "Anfrage aktualisiert",
    };
}
