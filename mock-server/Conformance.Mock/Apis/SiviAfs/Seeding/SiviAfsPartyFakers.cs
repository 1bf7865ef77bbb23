using System.Globalization;
using System.Text.Json.Nodes;
using Bogus;
using Bogus.DataSets;

namespace Conformance.Mock.Apis.SiviAfs.Seeding;

/// <summary>Dutch people and companies (Bogus <c>nl</c>, seeded per record) as AFD <c>party</c> objects.</summary>
public static class SiviAfsPartyFakers
{
    [ThreadStatic]
    private static Faker? dutch;

    /// <summary>The main party of a party dataset: a person (85 %) or an organisation, with a Dutch address.</summary>
    public static JsonObject MainParty(Randomizer random, string id, DateOnly referenceDate, bool anchor)
    {
        ArgumentNullException.ThrowIfNull(random);
        var faker = Faker(random);
        var party = new JsonObject();
        if (!anchor && random.Double() < 0.15)
        {
            var owner = faker.Name.LastName();
            party["entityType"] = "organisation";
            party["refKey"] = id;
            party["relationNumber"] = id;
            party["organisationName"] = $"{owner} {random.ArrayElement(new[] { "B.V.", "Holding B.V.", "& Zonen", "V.O.F." })}";
            party["chamberOfCommerceNumber"] = random.Number(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);
            party["emailAddress"] = $"info@{Ascii(owner)}.nl";
        }
        else
        {
            var female = random.Bool();
            var given = faker.Name.FirstName(female ? Name.Gender.Female : Name.Gender.Male);
            var surname = anchor ? "Jansen" : faker.Name.LastName();
            party["entityType"] = "person";
            party["refKey"] = id;
            party["relationNumber"] = id;
            party["initials"] = given[..1] + ".";
            party["givenName"] = given;
            if (!anchor && random.Double() < 0.3)
            {
                party["surnamePrefix"] = random.ListItem((List<string>)[.. SiviAfsDutch.SurnamePrefixes]);
            }

            party["surname"] = surname;
            party["birthDate"] = referenceDate.AddDays(-random.Number(18 * 365, 85 * 365)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            party["emailAddress"] = $"{Ascii(given)}.{Ascii(surname)}@example.nl";
            if (anchor || random.Double() < 0.2)
            {
                party["multipleNationalities"] = new JsonArray("0001");
            }
        }

        party["street"] = faker.Address.StreetName();
        party["houseNumber"] = random.Number(1, 250);
        if (random.Double() < 0.15)
        {
            party["houseNumberAddition"] = random.ArrayElement(new[] { "A", "B", "bis", "1", "2" });
        }

        party["postalCode"] = anchor ? "3512 JE" : SiviAfsDutch.Postcode(random);
        party["city"] = anchor ? "Utrecht" : faker.Address.City();
        party["countryCode"] = "NL";
        party["phoneNumber"] = SiviAfsDutch.Phone(random);
        party["iban"] = SiviAfsDutch.Iban(random);
        return party;
    }

    /// <summary>A related person of a party dataset (entity type <c>relation</c>).</summary>
    public static JsonObject Relation(Randomizer random, string id, DateOnly referenceDate, string surname)
    {
        ArgumentNullException.ThrowIfNull(random);
        var faker = Faker(random);
        var relationType = random.ArrayElement(new[] { "partner", "child", "parent", "contactPerson" });
        var given = faker.Name.FirstName();
        var years = relationType == "child" ? random.Number(1, 17) : random.Number(20, 80);
        return new JsonObject
        {
            ["entityType"] = "relation",
            ["refKey"] = $"{id}-party-2",
            ["partyRef"] = new JsonArray(id),
            ["relationType"] = relationType,
            ["initials"] = given[..1] + ".",
            ["givenName"] = given,
            ["surname"] = surname,
            ["birthDate"] = referenceDate.AddDays(-(years * 365) - random.Number(0, 364)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Lower-case ASCII for mail addresses: accents dropped, spaces and apostrophes removed.</summary>
    public static string Ascii(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = text.Normalize(System.Text.NormalizationForm.FormD).ToLowerInvariant();
        return string.Concat(normalized.Where(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-'));
    }

    private static Faker Faker(Randomizer random)
    {
        var faker = dutch ??= new Faker("nl");
        faker.Random = random;
        return faker;
    }
}
