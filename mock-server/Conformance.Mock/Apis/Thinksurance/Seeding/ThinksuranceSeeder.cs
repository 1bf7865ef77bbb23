using System.Globalization;
using System.Text;
using Bogus;
using Conformance.Mock.Apis.Finum.Seeding;
using Conformance.Mock.Apis.Thinksurance.Model;
using Conformance.Mock.Seeding;

namespace Conformance.Mock.Apis.Thinksurance.Seeding;

/// <summary>
/// German brokers, their agency numbers and their inquiries (Bogus locale <c>de</c>). Every record is
/// generated from its own seed (global seed, API, type, id), so no record depends on another's
/// generation or on order; raising a count adds records without changing the existing ones.
/// </summary>
public static class ThinksuranceSeeder
{
    private const string Api = "thinksurance";

    public static ThinksuranceSeedData Seed(ThinksuranceSeedSettings settings, int globalSeed)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var faker = new Faker("de");
        var brokers = Enumerable.Range(1, settings.Counts.Brokers).Select(i => Broker(settings, globalSeed, i, faker)).ToList();
        var sets = new Dictionary<string, IReadOnlyList<AgencyHolder>>(StringComparer.Ordinal)
        {
            [settings.Account.AToken] = Holders(globalSeed, "account", settings.Counts.AccountAgencyNumbers),
        };
        foreach (var broker in brokers)
        {
            sets[broker.Token] = Holders(globalSeed, broker.ExternalId, settings.Counts.AgencyNumbersPerBroker);
        }

        var inquiries = brokers.Count == 0
            ? []
            : Enumerable.Range(0, settings.Counts.Inquiries).Select(i => Inquiry(settings, globalSeed, i, brokers[i % brokers.Count], sets[brokers[i % brokers.Count].Token], faker)).ToList();
        return new ThinksuranceSeedData(brokers, sets, inquiries);
    }

    /// <summary>32 lowercase hex characters from a seeded sequence: how the reference provider's broker tokens look.</summary>
    public static string HexToken(StableRandom random)
    {
        var builder = new StringBuilder(32);
        for (var i = 0; i < 32; i++)
        {
            builder.Append("0123456789abcdef"[random.Next(0, 16)]);
        }

        return builder.ToString();
    }

    private static Broker Broker(ThinksuranceSeedSettings settings, int globalSeed, int index, Faker faker)
    {
        var externalId = settings.Brokers.BExternalIdFormat.Replace("{index:000}", index.ToString("D3", CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var seed = StableSeed.For(globalSeed, Api, "broker", externalId);
        faker.Random = new Randomizer(seed);
        var gender = faker.Random.Bool() ? 1 : 2;
        var firstName = faker.Name.FirstName(gender == 1 ? Bogus.DataSets.Name.Gender.Male : Bogus.DataSets.Name.Gender.Female);
        var lastName = faker.Name.LastName();
        var company = $"{lastName} Versicherungsmakler {faker.Random.ListItem((List<string>)[.. ThinksuranceCatalog.CompanySuffixes])}";
        return new Broker
        {
            Token = HexToken(new StableRandom(StableSeed.For(globalSeed, Api, "bToken", externalId))),
            Type = 1,
            ExternalId = externalId,
            Email = $"{FinumPeopleFakers.Ascii(firstName)}.{FinumPeopleFakers.Ascii(lastName)}@{FinumPeopleFakers.Ascii(lastName)}-makler.de",
            Gender = gender,
            FirstName = firstName,
            LastName = lastName,
            Company = company,
            Street = faker.Address.StreetName(),
            StreetNumber = faker.Address.BuildingNumber(),
            Zip = faker.Random.Number(10115, 99998).ToString(CultureInfo.InvariantCulture),
            City = faker.Address.City(),
            Phone = $"+49 {faker.Random.Number(30, 9999)} {faker.Random.Number(100000, 9999999)}",
            CompanyRegNumber = $"HRB {faker.Random.Number(10000, 299999)}",
            RegNumber = $"D-{faker.Random.String2(4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")}-{faker.Random.String2(5, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")}-{faker.Random.Number(10, 99)}",
        };
    }

    /// <summary>One number at each of <paramref name="count"/> insurers, cycling the three insurer id fields.</summary>
    private static List<AgencyHolder> Holders(int globalSeed, string owner, int count)
    {
        var random = new StableRandom(StableSeed.For(globalSeed, Api, "agency-numbers", owner));
        var first = random.Next(0, ThinksuranceCatalog.Insurers.Count);
        var holders = new List<AgencyHolder>();
        for (var i = 0; i < count; i++)
        {
            var insurer = ThinksuranceCatalog.Insurers[(first + i) % ThinksuranceCatalog.Insurers.Count];
            var field = InsurerKey.Fields[i % InsurerKey.Fields.Count];
            var value = field == "insurerId" ? (int.Parse(insurer.BaFinId, CultureInfo.InvariantCulture) - 5000).ToString(CultureInfo.InvariantCulture) : insurer.BaFinId;
            var number = new AgencyNumber
            {
                Number = $"VM-{random.Next(100000, 1000000).ToString(CultureInfo.InvariantCulture)}",
                MatchCode = $"{insurer.Name.Split(' ')[0]} Hauptvertrag",
                ExternalUniqueId = $"seed-{owner}-{i + 1}",
                DefaultForTenders = true,
                DefaultForCalculations = true,
                CollectionType = ThinksuranceCatalog.CollectionTypes[random.Next(0, ThinksuranceCatalog.CollectionTypes.Count)],
                Active = true,
            };
            holders.Add(new AgencyHolder(new InsurerKey(field, value), [number]));
        }

        return holders;
    }

    private static Inquiry Inquiry(ThinksuranceSeedSettings settings, int globalSeed, int index, Broker broker, IReadOnlyList<AgencyHolder> numbers, Faker faker)
    {
        var id = settings.Inquiries.FirstInquiryId + (long)index;
        var key = id.ToString(CultureInfo.InvariantCulture);
        var random = new StableRandom(StableSeed.For(globalSeed, Api, "inquiry", key));
        var statuses = settings.Inquiries.Statuses;
        var status = statuses.Count == 0 ? 2 : statuses[index % statuses.Count];
        var updated = settings.ReferenceDate.ToUniversalTime().AddSeconds(-random.Next(60, (settings.Inquiries.UpdatedWithinDays * 86400) + 1));
        var created = updated.AddSeconds(-random.Next(0, 30 * 86400));
        var product = ThinksuranceCatalog.Products[random.Next(0, ThinksuranceCatalog.Products.Count)];
        var profession = ThinksuranceCatalog.Professions[random.Next(0, ThinksuranceCatalog.Professions.Count)];
        var fullTime = random.Next(1, 120);
        var partTime = random.Next(0, 40);
        var revenue = (long)random.Next(8, 2500) * 100_000;
        var selected = status is 15 or 6 && numbers.Count > 0 ? numbers[random.Next(0, numbers.Count)] : null;
        faker.Random = new Randomizer(StableSeed.For(globalSeed, Api, "customer", key));
        var customer = status == 2 ? null : Customer(settings.Inquiries.FirstCustomerId + (long)index, profession.Name, faker);
        var firstDocument = settings.Inquiries.FirstDocumentId + (2L * index);
        IReadOnlyList<InquiryDocument> documents = status switch
        {
            15 => [new InquiryDocument(firstDocument, $"Antrag {product.Name}.pdf", "proposal", "application/pdf", updated)],
            6 => [new InquiryDocument(firstDocument, $"Antrag {product.Name}.pdf", "proposal", "application/pdf", created.AddSeconds((updated - created).TotalSeconds / 2)),
                  new InquiryDocument(firstDocument + 1, "Deckungsauftrag.pdf", "order", "application/pdf", updated)],
            _ => [],
        };
        return new Inquiry
        {
            Id = id,
            BrokerToken = broker.Token,
            Created = Seconds(created),
            Updated = Seconds(updated),
            Status = status,
            ProductName = product.Name,
            ProductId = product.Id,
            IndustryId = status == 2 ? null : profession.IndustryId,
            ProfessionName = status == 2 ? null : profession.Name,
            ProfessionId = status == 2 ? null : profession.Id,
            EmployeesFullTime = status == 2 ? null : fullTime,
            EmployeesPartTime = status == 2 ? null : partTime,
            RevenueCents = status == 2 ? null : revenue,
            InsurerName = selected is null ? null : InsurerName(selected.Insurer),
            AgencyNumber = selected?.Numbers[0].Number,
            ExternalInsurerId = selected?.Numbers[0].ExternalInsurerId,
            ExternalUniqueId = selected?.Numbers[0].ExternalUniqueId,
            Customer = customer,
            Documents = [.. documents.Select(d => d with { Created = Seconds(d.Created) })],
        };
    }

    public static InquiryCustomer Customer(long id, string profession, Faker faker)
    {
        ArgumentNullException.ThrowIfNull(faker);
        var lastName = faker.Name.LastName();
        var salutation = faker.Random.Bool() ? 1 : 2;
        var company = $"{profession} {lastName} {faker.Random.ListItem((List<string>)[.. ThinksuranceCatalog.CompanySuffixes])}";
        return new InquiryCustomer
        {
            Id = id,
            Company = company,
            Salutation = salutation,
            FirstName = faker.Name.FirstName(salutation == 1 ? Bogus.DataSets.Name.Gender.Male : Bogus.DataSets.Name.Gender.Female),
            LastName = lastName,
            Street = faker.Address.StreetName(),
            StreetNumber = faker.Address.BuildingNumber(),
            Zip = faker.Random.Number(10115, 99998).ToString(CultureInfo.InvariantCulture),
            City = faker.Address.City(),
            Email = $"info@{FinumPeopleFakers.Ascii(lastName)}-{FinumPeopleFakers.Ascii(profession)}.de",
            Phone = $"+49 {faker.Random.Number(30, 9999)} {faker.Random.Number(100000, 9999999)}",
        };
    }

    /// <summary>The catalogue name of the insurer a holder names (the seeded insurer ids derive from its BaFin number).</summary>
    public static string InsurerName(InsurerKey insurer)
    {
        ArgumentNullException.ThrowIfNull(insurer);
        var bafin = insurer.Field == "insurerId" && int.TryParse(insurer.Value, CultureInfo.InvariantCulture, out var number)
            ? (number + 5000).ToString(CultureInfo.InvariantCulture)
            : insurer.Value;
        return ThinksuranceCatalog.Insurers.FirstOrDefault(i => i.BaFinId == bafin).Name ?? $"Versicherer {insurer.Value}";
    }

    private static DateTimeOffset Seconds(DateTimeOffset value) => new(value.Ticks - (value.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
}
