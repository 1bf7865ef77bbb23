using Conformance.Mock.Apis.Thinksurance.Model;

namespace Conformance.Mock.Apis.Thinksurance.Seeding;

/// <summary>What the seeder produced: brokers in id order, each tenant's agency numbers (key: bToken, or the aToken for the account's own set), inquiries by id.</summary>
public sealed record ThinksuranceSeedData(
    IReadOnlyList<Broker> Brokers,
    IReadOnlyDictionary<string, IReadOnlyList<AgencyHolder>> AgencyNumbers,
    IReadOnlyList<Inquiry> Inquiries);
