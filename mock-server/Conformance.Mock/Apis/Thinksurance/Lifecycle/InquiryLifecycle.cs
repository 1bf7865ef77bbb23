using System.Text.Json.Nodes;
using Bogus;
using Conformance.Mock.Apis.Thinksurance.Model;
using Conformance.Mock.Apis.Thinksurance.Seeding;
using Conformance.Mock.Apis.Thinksurance.State;
using Conformance.Mock.Apis.Thinksurance.Webhooks;
using Conformance.Mock.Seeding;

namespace Conformance.Mock.Apis.Thinksurance.Lifecycle;

/// <summary>
/// New inquiries and their moves along the reference lifecycle 2 → 4 → 15 → 6, on the provider clock,
/// each announced by the <c>inquiryNotification</c> webhook: created, then updated (4, with the
/// customer), proposal created (15, with the selected agency number), ordered (6).
/// </summary>
public sealed class InquiryLifecycle(ThinksuranceStore store, ThinksuranceWebhooks webhooks, TimeProvider clock, int globalSeed)
{
    public bool Exists(long id) => store.Inquiry(id) is not null;

    /// <returns>The new inquiry's summary, or null when no broker has that <c>bExternalId</c>.</returns>
    public JsonObject? Create(string brokerExternalId, Func<long, Uri> inquiryUrl)
    {
        ArgumentNullException.ThrowIfNull(inquiryUrl);
        if (store.FindBroker(1, brokerExternalId, string.Empty) is not { } broker)
        {
            return null;
        }

        var now = Seconds(clock.GetUtcNow());
        var inquiry = store.AddInquiry(id =>
        {
            var product = ThinksuranceCatalog.Products[(int)(id % ThinksuranceCatalog.Products.Count)];
            return new Inquiry { Id = id, BrokerToken = broker.Token, Created = now, Updated = now, Status = 2, ProductName = product.Name, ProductId = product.Id };
        });
        return Summary(inquiry, webhooks.Notify(inquiry, broker, ThinksuranceWebhooks.EventType(inquiry, created: true), now, inquiryUrl(inquiry.Id)) is not null, created: true);
    }

    /// <returns>The moved inquiry's summary, or null when it is already ordered (or unknown).</returns>
    public JsonObject? Advance(long id, Func<long, Uri> inquiryUrl)
    {
        ArgumentNullException.ThrowIfNull(inquiryUrl);
        var now = Seconds(clock.GetUtcNow());
        var next = store.UpdateInquiry(id, current => current.Status switch
        {
            2 or 3 => Calculated(current, now),
            4 => Proposal(current, now),
            15 => current with
            {
                Status = 6,
                Updated = now,
                Documents = [.. current.Documents, new InquiryDocument(DocumentId(current, 2), "Deckungsauftrag.pdf", "order", "application/pdf", now)],
            },
            _ => null,
        });
        if (next is null || store.BrokerByToken(next.BrokerToken) is not { } broker)
        {
            return null;
        }

        var sent = webhooks.Notify(next, broker, ThinksuranceWebhooks.EventType(next, created: false), now, inquiryUrl(next.Id)) is not null;
        return Summary(next, sent, created: false);
    }

    private Inquiry Calculated(Inquiry current, DateTimeOffset now)
    {
        var key = current.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var random = new StableRandom(StableSeed.For(globalSeed, "thinksurance", "inquiry", key));
        var profession = ThinksuranceCatalog.Professions[random.Next(0, ThinksuranceCatalog.Professions.Count)];
        var faker = new Faker("de") { Random = new Randomizer(StableSeed.For(globalSeed, "thinksurance", "customer", key)) };
        return current with
        {
            Status = 4,
            Updated = now,
            IndustryId = profession.IndustryId,
            ProfessionName = profession.Name,
            ProfessionId = profession.Id,
            EmployeesFullTime = random.Next(1, 120),
            EmployeesPartTime = random.Next(0, 40),
            RevenueCents = (long)random.Next(8, 2500) * 100_000,
            Customer = current.Customer ?? ThinksuranceSeeder.Customer(store.Settings.Inquiries.FirstCustomerId + current.Id - store.Settings.Inquiries.FirstInquiryId, profession.Name, faker),
        };
    }

    private Inquiry Proposal(Inquiry current, DateTimeOffset now)
    {
        var holder = store.WithSet(current.BrokerToken, set => set.Holders.Count > 0 ? set.Holders[0] : null);
        var number = holder?.Numbers.FirstOrDefault(n => n.DefaultForTenders) ?? (holder is { Numbers.Count: > 0 } ? holder.Numbers[0] : null);
        return current with
        {
            Status = 15,
            Updated = now,
            InsurerName = holder is null ? null : ThinksuranceSeeder.InsurerName(holder.Insurer),
            AgencyNumber = number?.Number,
            ExternalInsurerId = number?.ExternalInsurerId,
            ExternalUniqueId = number?.ExternalUniqueId,
            Documents = [.. current.Documents, new InquiryDocument(DocumentId(current, 1), $"Antrag {current.ProductName}.pdf", "proposal", "application/pdf", now)],
        };
    }

    private long DocumentId(Inquiry inquiry, int offset) =>
        store.Settings.Inquiries.FirstDocumentId + (2 * (inquiry.Id - store.Settings.Inquiries.FirstInquiryId)) + offset - 1;

    /// <summary>The contract's <c>InquiryEventResponse</c>.</summary>
    private static JsonObject Summary(Inquiry inquiry, bool notified, bool created) => new()
    {
        ["status"] = created ? "Inquiry created." : "Inquiry advanced.",
        ["iId"] = inquiry.Id,
        ["inquiryStatus"] = inquiry.Status,
        ["eventType"] = ThinksuranceWebhooks.EventType(inquiry, created),
        ["webhookQueued"] = notified,
    };

    private static DateTimeOffset Seconds(DateTimeOffset value) => new(value.Ticks - (value.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
}
