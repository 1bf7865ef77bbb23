using System.Globalization;
using System.Numerics;
using Bogus;

namespace Conformance.Mock.Apis.SiviAfs.Seeding;

/// <summary>Dutch shapes the <c>nl</c> locale of Bogus does not give: postcodes, IBANs, licence plates, insurers and business lines.</summary>
public static class SiviAfsDutch
{
    /// <summary>Fictitious use of real Dutch insurer names as <c>porCompany</c> codes (at most 10 characters).</summary>
    public static IReadOnlyList<string> Insurers { get; } = ["ACHMEA", "NN", "ASR", "UNIVE", "ALLIANZNL", "INTERPOLIS", "OHRA", "FBTO", "KLAVERBLAD", "DELA"];

    /// <summary>Business lines (ADNBRA-like codes; our choice, the SIVI code list is not public) with the AFD definition a policy of that line follows.</summary>
    public static IReadOnlyList<(string Code, string Definition, string Coverage, string ObjectType)> BusinessLines { get; } =
    [
        ("2100", "Personenautoverzekering", "WA", "vehicle"),
        ("2200", "Bromfietsverzekering", "WA", "vehicle"),
        ("4100", "Opstalverzekering", "OPSTAL", "dwelling"),
        ("4200", "Inboedelverzekering", "INBOEDEL", "contents"),
        ("5100", "Aansprakelijkheidsverzekering particulieren", "AVP", "default"),
        ("6100", "Reisverzekering", "REIS", "default"),
    ];

    public static IReadOnlyList<string> SurnamePrefixes { get; } = ["van", "de", "van der", "van den", "ter", "den"];

    public static IReadOnlyList<(string Make, string Model)> Vehicles { get; } =
        [("Volkswagen", "Golf"), ("Toyota", "Yaris"), ("Kia", "Picanto"), ("Peugeot", "208"), ("Opel", "Corsa"), ("Renault", "Clio"), ("Volvo", "XC40"), ("Tesla", "Model 3")];

    private static readonly string[] Banks = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"];

    /// <summary><c>1234 AB</c>: four digits (no leading 0) and two letters, never SA, SD or SS (not issued by PostNL).</summary>
    public static string Postcode(Randomizer random)
    {
        ArgumentNullException.ThrowIfNull(random);
        string letters;
        do
        {
            letters = new string([(char)('A' + random.Number(0, 25)), (char)('A' + random.Number(0, 25))]);
        }
        while (letters is "SA" or "SD" or "SS");

        return $"{random.Number(1000, 9999).ToString(CultureInfo.InvariantCulture)} {letters}";
    }

    /// <summary>A Dutch IBAN with valid ISO 7064 mod-97 check digits (<c>NLkk BANK 0123456789</c>, no spaces).</summary>
    public static string Iban(Randomizer random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var bban = random.ArrayElement(Banks) + random.Number(0, 999_999_999).ToString("D10", CultureInfo.InvariantCulture);
        var digits = string.Concat((bban + "NL00").Select(c => char.IsLetter(c) ? (c - 'A' + 10).ToString(CultureInfo.InvariantCulture) : c.ToString()));
        var check = 98 - (int)(BigInteger.Parse(digits, CultureInfo.InvariantCulture) % 97);
        return $"NL{check.ToString("D2", CultureInfo.InvariantCulture)}{bban}";
    }

    /// <summary>A side code of the current Dutch series (<c>AB-123-C</c>).</summary>
    public static string LicensePlate(Randomizer random)
    {
        ArgumentNullException.ThrowIfNull(random);
        const string letters = "BDFGHJKLNPRSTVXZ";
        char Letter() => letters[random.Number(0, letters.Length - 1)];
        return $"{Letter()}{Letter()}-{random.Number(100, 999).ToString(CultureInfo.InvariantCulture)}-{Letter()}";
    }

    public static string Phone(Randomizer random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return $"+31 6 {random.Number(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture)}";
    }
}
