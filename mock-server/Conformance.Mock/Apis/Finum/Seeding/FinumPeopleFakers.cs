using System.Globalization;
using System.Text;
using Bogus;
using Bogus.DataSets;
using Conformance.Mock.Apis.Finum.Model;
using Conformance.Mock.Seeding;

namespace Conformance.Mock.Apis.Finum.Seeding;

/// <summary>
/// Clients and portal users: Austrian (60 %, Bogus locale <c>de_AT</c>) and German (<c>de</c>) people
/// and companies. Each record is generated from its own seed (see <see cref="StableSeed"/>), so it does
/// not depend on any other record; fakers are per thread because Bogus fakers are not thread-safe.
/// </summary>
public static class FinumPeopleFakers
{
    [ThreadStatic]
    private static Faker? austrian;

    [ThreadStatic]
    private static Faker? german;

    public static FinumClient Client(int globalSeed, int index, DateTimeOffset referenceDate)
    {
        var id = FinumIds.Client(index);
        var random = new Randomizer(StableSeed.For(globalSeed, "finum", "client", id));
        var isGerman = random.Double() < 0.4;
        var faker = FakerFor(isGerman, random);
        var country = isGerman ? "DE" : "AT";
        var (createdAt, updatedAt) = SeedDates.CreatedUpdated(new StableRandom(StableSeed.For(globalSeed, "finum", "dates", id)), referenceDate);
        var address = new FinumAddress
        {
            Street = faker.Address.StreetName(),
            HouseNumber = faker.Address.BuildingNumber(),
            PostalCode = isGerman ? random.Number(10115, 99998).ToString(CultureInfo.InvariantCulture) : random.Number(1010, 9992).ToString(CultureInfo.InvariantCulture),
            City = faker.Address.City(),
            Country = country,
        };
        var foreignId = random.Double() < 0.3 ? "crm-" + random.Number(1000, 99999).ToString(CultureInfo.InvariantCulture) : null;
        if (random.Double() < 0.15)
        {
            var owner = faker.Name.LastName();
            var suffix = random.ListItem((List<string>)[.. isGerman ? FinumCatalog.CompanySuffixesDe : FinumCatalog.CompanySuffixesAt]);
            return new FinumClient
            {
                Id = id,
                ForeignId = foreignId,
                Type = "company",
                CompanyName = $"{owner} {suffix}",
                Email = $"office@{Ascii(owner)}.{(isGerman ? "de" : "at")}",
                Phone = Phone(random, isGerman),
                Address = address,
                CreatedAt = createdAt,
                UpdatedAt = updatedAt,
            };
        }

        var roll = random.Double();
        var salutation = roll < 0.02 ? "diverse" : roll < 0.51 ? "ms" : "mr";
        var firstName = faker.Name.FirstName(salutation == "ms" ? Name.Gender.Female : Name.Gender.Male);
        var lastName = faker.Name.LastName();
        var domains = isGerman ? FinumCatalog.MailDomainsDe : FinumCatalog.MailDomainsAt;
        return new FinumClient
        {
            Id = id,
            ForeignId = foreignId,
            Type = "person",
            Salutation = salutation,
            FirstName = firstName,
            LastName = lastName,
            BirthDate = DateOnly.FromDateTime(referenceDate.UtcDateTime).AddDays(-random.Number(18 * 365, 85 * 365)),
            Email = $"{Ascii(firstName)}.{Ascii(lastName)}@{domains[random.Number(0, domains.Count - 1)]}",
            Phone = random.Double() < 0.9 ? Phone(random, isGerman) : null,
            Address = address,
            CreatedAt = createdAt,
            UpdatedAt = updatedAt,
        };
    }

    public static FinumUser User(int globalSeed, int index, DateTimeOffset referenceDate)
    {
        var id = FinumIds.User(index);
        var random = new Randomizer(StableSeed.For(globalSeed, "finum", "user", id));
        var faker = FakerFor(isGerman: false, random);
        var firstName = faker.Name.FirstName();
        var lastName = faker.Name.LastName();
        var (createdAt, updatedAt) = SeedDates.CreatedUpdated(new StableRandom(StableSeed.For(globalSeed, "finum", "dates", id)), referenceDate);
        var roll = random.Double();
        return new FinumUser
        {
            Id = id,
            FirstName = firstName,
            LastName = lastName,
            Email = $"{Ascii(firstName)}.{Ascii(lastName)}@makler-alpenblick.at",
            Role = index == 0 ? "admin" : roll < 0.7 ? "broker" : roll < 0.9 ? "assistant" : "admin",
            CreatedAt = createdAt,
            UpdatedAt = updatedAt,
        };
    }

    private static Faker FakerFor(bool isGerman, Randomizer random)
    {
        var faker = isGerman ? german ??= new Faker("de") : austrian ??= new Faker("de_AT");
        faker.Random = random;
        return faker;
    }

    private static string Phone(Randomizer random, bool isGerman) =>
        isGerman
            ? $"+49 1{random.Number(50, 79)} {random.Number(1000000, 99999999)}"
            : $"+43 6{random.Number(50, 99)} {random.Number(100000, 9999999)}";

    /// <summary>Lower-case ASCII for mail addresses: umlauts spelled out, other marks dropped.</summary>
    public static string Ascii(string text)
    {
        var builder = new StringBuilder(text.Length + 4);
        foreach (var c in text.ToLowerInvariant())
        {
            switch (c)
            {
                case 'ä': builder.Append("ae"); break;
                case 'ö': builder.Append("oe"); break;
                case 'ü': builder.Append("ue"); break;
                case 'ß': builder.Append("ss"); break;
                case >= 'a' and <= 'z' or >= '0' and <= '9' or '-': builder.Append(c); break;
                default:
                    var plain = c.ToString().Normalize(NormalizationForm.FormD)[0];
                    if (plain is >= 'a' and <= 'z')
                    {
                        builder.Append(plain);
                    }

                    break;
            }
        }

        return builder.Length > 0 ? builder.ToString() : "kunde";
    }
}
