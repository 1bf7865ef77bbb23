using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;
using Bogus;
using Conformance.Mock.Seeding;

namespace Conformance.Mock.Apis.Seyna.Seeding;

/// <summary>
/// French parties and bank details (Bogus locale <c>fr</c>): each generated from its own seed, so it
/// does not depend on any other record; fakers are per thread because Bogus fakers are not thread-safe.
/// </summary>
public static class SeynaPeople
{
    private static readonly string[] CompanyForms = ["SARL", "SAS", "SA", "EURL"];
    private static readonly string[] MailDomains = ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"];

    [ThreadStatic]
    private static Faker? french;

    /// <summary>A person (home insurance) or a company (professional liability), as an Entity of the contract.</summary>
    public static JsonObject Party(int seed, bool company, DateTimeOffset referenceDate)
    {
        var random = new Randomizer(seed);
        var faker = french ??= new Faker("fr");
        faker.Random = random;
        var address = $"{faker.Address.BuildingNumber()} {faker.Address.StreetName()}, {random.Number(10, 95):D2}{random.Number(0, 999):D3} {faker.Address.City()}, France";
        var phone = $"+33 {random.Number(6, 7)} {random.Number(10, 99)} {random.Number(10, 99)} {random.Number(10, 99)} {random.Number(10, 99)}";
        if (company)
        {
            var owner = faker.Name.LastName();
            return new JsonObject
            {
                ["type"] = "company",
                ["name"] = $"{owner} {random.ArrayElement(CompanyForms)}",
                ["registration"] = random.Number(100_000_000, 999_999_999).ToString(CultureInfo.InvariantCulture),
                ["representative"] = faker.Name.FullName(),
                ["address"] = address,
                ["email"] = $"contact@{Ascii(owner)}.fr",
                ["phone"] = phone,
            };
        }

        var first = faker.Name.FirstName();
        var last = faker.Name.LastName();
        return new JsonObject
        {
            ["type"] = "individual",
            ["name"] = $"{first} {last}",
            ["address"] = address,
            ["email"] = $"{Ascii(first)}.{Ascii(last)}@{random.ArrayElement(MailDomains)}",
            ["phone"] = phone,
            ["birthday"] = DateOnly.FromDateTime(referenceDate.UtcDateTime).AddDays(-random.Number(18 * 365, 85 * 365)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["birthplace"] = faker.Address.City(),
        };
    }

    /// <summary>Lower-case ASCII for mail addresses: French accents folded, other characters dropped.</summary>
    public static string Ascii(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length + 2);
        foreach (var c in text.ToLowerInvariant())
        {
            builder.Append(c switch
            {
                >= 'a' and <= 'z' or >= '0' and <= '9' or '-' => c.ToString(),
                'à' or 'â' or 'ä' or 'á' => "a",
                'é' or 'è' or 'ê' or 'ë' => "e",
                'î' or 'ï' or 'í' => "i",
                'ô' or 'ö' or 'ó' => "o",
                'ù' or 'û' or 'ü' or 'ú' => "u",
                'ç' => "c",
                'ÿ' => "y",
                'œ' => "oe",
                'æ' => "ae",
                _ => string.Empty,
            });
        }

        return builder.Length > 0 ? builder.ToString() : "client";
    }

    /// <summary>A French city, e.g. where a claim occurred.</summary>
    public static string City(int seed)
    {
        var faker = french ??= new Faker("fr");
        faker.Random = new Randomizer(seed);
        return faker.Address.City();
    }

    /// <summary>A valid French IBAN (FR, ISO 13616 check digits over a 23-character BBAN with its RIB key).</summary>
    public static string Iban(StableRandom random)
    {
        var bank = random.Next(10_000, 100_000).ToString(CultureInfo.InvariantCulture);
        var branch = random.Next(0, 100_000).ToString("D5", CultureInfo.InvariantCulture);
        var account = random.Next(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture) + random.Next(0, 100_000).ToString("D5", CultureInfo.InvariantCulture);
        var ribKey = 97 - (int)(BigInteger.Parse(bank + branch + account, CultureInfo.InvariantCulture) * 100 % 97);
        var bban = bank + branch + account + ribKey.ToString("D2", CultureInfo.InvariantCulture);
        var check = 98 - (int)(BigInteger.Parse(bban + "1527" + "00", CultureInfo.InvariantCulture) % 97);
        return "FR" + check.ToString("D2", CultureInfo.InvariantCulture) + bban;
    }
}
