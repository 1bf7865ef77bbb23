namespace Conformance.Mock.Apis.Thinksurance.Seeding;

/// <summary>
/// Fixed lists the seeder draws from: fictitious German insurers with four-digit BaFin-style
/// registration numbers, commercial products and professions (ids as the platform's catalogue might number them).
/// </summary>
public static class ThinksuranceCatalog
{
    public static readonly IReadOnlyList<(string Name, string BaFinId)> Insurers =
    [
        ("Rheinische Gewerbe-Assekuranz AG", "5405"),
        ("Hanseatische Feuer- und Sachversicherung AG", "5036"),
        ("Bayerische Handwerker-Versicherung a.G.", "5512"),
        ("Westfälische Haftpflichtkasse VVaG", "5129"),
        ("Elbtal Versicherung AG", "5781"),
        ("Schwäbische Betriebsversicherung AG", "5347"),
        ("Nordsee Industrie-Versicherung AG", "5693"),
        ("Mitteldeutsche Cyber-Versicherung AG", "5858"),
    ];

    public static readonly IReadOnlyList<(string Name, int Id)> Products =
    [
        ("Betriebshaftpflicht", 12),
        ("Inhaltsversicherung", 7),
        ("Cyberversicherung", 21),
        ("Berufshaftpflicht", 15),
        ("Elektronikversicherung", 9),
        ("D&O-Versicherung", 31),
    ];

    public static readonly IReadOnlyList<(string Name, int Id, int IndustryId)> Professions =
    [
        ("Tischlerei", 311, 4),
        ("Softwareentwicklung", 620, 9),
        ("Steuerberatung", 692, 11),
        ("Gastronomie", 561, 7),
        ("Elektroinstallation", 432, 4),
        ("Architekturbüro", 711, 11),
    ];

    public static readonly IReadOnlyList<string> CompanySuffixes = ["GmbH", "GmbH & Co. KG", "UG (haftungsbeschränkt)", "e.K.", "OHG"];

    public static readonly IReadOnlyList<string> CollectionTypes = ["broker_collection", "insurer_collection", "mga_collection"];
}
