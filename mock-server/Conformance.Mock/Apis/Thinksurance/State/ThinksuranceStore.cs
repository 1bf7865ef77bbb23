using Conformance.Mock.Apis.Thinksurance.Model;
using Conformance.Mock.Apis.Thinksurance.Seeding;
using Conformance.Mock.State;
using Conformance.Mock.Apis;

namespace Conformance.Mock.Apis.Thinksurance.State;

/// <summary>
/// The account's brokers, every tenant's agency numbers and the inquiries, seeded by the module's
/// initializer. One lock serialises all access, so every write is atomic; reset returns to the seed.
/// </summary>
public sealed class ThinksuranceStore(ThinksuranceSeedSettings settings, Func<ThinksuranceSeedData> seed) : IResettable, IModuleInitializer
{
    private readonly Lock gate = new();
    private ThinksuranceSeedData? seeded;
    private List<Broker> brokers = [];
    private Dictionary<string, AgencyNumberSet> sets = new(StringComparer.Ordinal);
    private SortedDictionary<long, Inquiry> inquiries = [];

    public ThinksuranceSeedSettings Settings => settings;

    public ThinksuranceAccount Account => settings.Account;

    public Task InitializeAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            seeded = seed();
            Reset();
        }

        return Task.CompletedTask;
    }

    public void Reset()
    {
        lock (gate)
        {
            var data = seeded ?? throw new InvalidOperationException("The Thinksurance store is not seeded yet.");
            brokers = [.. data.Brokers];
            sets = data.AgencyNumbers.ToDictionary(s => s.Key, s => new AgencyNumberSet(s.Value), StringComparer.Ordinal);
            inquiries = new SortedDictionary<long, Inquiry>(data.Inquiries.ToDictionary(i => i.Id));
        }
    }

    public Broker? BrokerByToken(string token)
    {
        lock (gate)
        {
            return brokers.Find(b => b.Token == token);
        }
    }

    /// <summary>Type 1 matches <c>bExternalId</c> exactly, type 2 <c>bEmail</c> case-insensitively.</summary>
    public Broker? FindBroker(int type, string externalId, string email)
    {
        lock (gate)
        {
            return brokers.Find(b => type == 1 ? b.ExternalId == externalId : string.Equals(b.Email, email, StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <returns>False when a broker with the same <c>bExternalId</c> (or, for type 2, <c>bEmail</c>) exists.</returns>
    public bool AddBroker(Broker broker)
    {
        ArgumentNullException.ThrowIfNull(broker);
        lock (gate)
        {
            if (brokers.Exists(b => b.ExternalId == broker.ExternalId || (broker.Type == 2 && string.Equals(b.Email, broker.Email, StringComparison.OrdinalIgnoreCase))))
            {
                return false;
            }

            brokers.Add(broker);
            sets[broker.Token] = new AgencyNumberSet([]);
            return true;
        }
    }

    /// <summary>Runs <paramref name="action"/> on a tenant's set under the store's lock (key: bToken, or the account token).</summary>
    public T WithSet<T>(string tenant, Func<AgencyNumberSet, T> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        lock (gate)
        {
            if (!sets.TryGetValue(tenant, out var set))
            {
                set = new AgencyNumberSet([]);
                sets[tenant] = set;
            }

            return action(set);
        }
    }

    /// <summary>The inquiries of the given brokers, ascending by id.</summary>
    public IReadOnlyList<Inquiry> Inquiries(Func<Inquiry, bool> filter)
    {
        lock (gate)
        {
            return [.. inquiries.Values.Where(filter)];
        }
    }

    public Inquiry? Inquiry(long id)
    {
        lock (gate)
        {
            return inquiries.GetValueOrDefault(id);
        }
    }

    /// <summary>Stores a new inquiry with the next free id; <paramref name="make"/> gets that id.</summary>
    public Inquiry AddInquiry(Func<long, Inquiry> make)
    {
        ArgumentNullException.ThrowIfNull(make);
        lock (gate)
        {
            var id = Math.Max(settings.Inquiries.FirstInquiryId + (long)settings.Counts.Inquiries, inquiries.Count == 0 ? 0 : inquiries.Keys.Max() + 1);
            var inquiry = make(id);
            inquiries[id] = inquiry;
            return inquiry;
        }
    }

    /// <summary>Replaces an inquiry by what <paramref name="change"/> makes of it; null when there is none or it declines.</summary>
    public Inquiry? UpdateInquiry(long id, Func<Inquiry, Inquiry?> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (gate)
        {
            if (!inquiries.TryGetValue(id, out var current) || change(current) is not { } next)
            {
                return null;
            }

            inquiries[id] = next;
            return next;
        }
    }
}
