namespace Conformance.Mock.Apis.Finum.Seeding;

/// <summary>
/// The fixed vocabulary seeded data is drawn from: product lines with German names, contract-number
/// prefixes and typical yearly gross premiums (EUR), and fictitious but plausible Austrian and German
/// insurers. Order matters for determinism: append only.
/// </summary>
public static class FinumCatalog
{
    public sealed record ProductLine(string Category, string Label, string Code, int MinYearly, int MaxYearly);

    public static readonly IReadOnlyList<ProductLine> Lines =
    [
        new("household", "Haushaltsversicherung", "HH", 90, 420),
        new("liability", "Privathaftpflichtversicherung", "PH", 45, 160),
        new("motor", "Kfz-Haftpflichtversicherung", "KFZ", 280, 1400),
        new("legal", "Rechtsschutzversicherung", "RS", 160, 520),
        new("life", "Risikolebensversicherung", "LV", 120, 980),
        new("accident", "Unfallversicherung", "UV", 90, 420),
        new("building", "Eigenheimversicherung", "EH", 220, 950),
        new("health", "Private Krankenzusatzversicherung", "KV", 480, 2600),
    ];

    public static readonly IReadOnlyList<string> Tiers = ["Basis", "Klassik", "Komfort", "Premium", "Exklusiv"];

    public static readonly IReadOnlyList<string> Insurers =
    [
        "Alpenländische Versicherung AG",
        "Donautal Versicherungsverein a.G.",
        "Wiener Wechselseitige Assekuranz AG",
        "Tiroler Landes-Versicherung AG",
        "Rheinische Allgemeine Versicherung AG",
        "Hanseatische Lebensversicherung AG",
        "Bayerische Beamten- und Bürgerversicherung a.G.",
        "Steirische Brandschaden-Versicherung AG",
    ];

    /// <summary>Insurance tax included in the gross premium: Austria 11 %, Germany 19 %.</summary>
    public static double TaxRate(string? country) => country == "DE" ? 0.19 : 0.11;

    public static readonly IReadOnlyList<string> PaymentIntervals = ["monthly", "quarterly", "half-yearly", "yearly"];

    public static int PaymentsPerYear(string interval) => interval switch
    {
        "monthly" => 12,
        "quarterly" => 4,
        "half-yearly" => 2,
        _ => 1,
    };

    public static readonly IReadOnlyList<string> MailDomainsAt = ["gmx.at", "aon.at", "chello.at", "a1.net", "outlook.at"];
    public static readonly IReadOnlyList<string> MailDomainsDe = ["gmx.de", "web.de", "t-online.de", "posteo.de", "outlook.de"];
    public static readonly IReadOnlyList<string> CompanySuffixesAt = ["GmbH", "KG", "OG", "GmbH & Co KG", "e.U."];
    public static readonly IReadOnlyList<string> CompanySuffixesDe = ["GmbH", "AG", "KG", "GmbH & Co. KG", "UG (haftungsbeschränkt)"];
}
