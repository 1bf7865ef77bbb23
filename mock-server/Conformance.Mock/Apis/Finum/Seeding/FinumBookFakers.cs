using System.Globalization;
using Bogus;
using Conformance.Mock.Apis.Finum.Model;
using Conformance.Mock.Seeding;

namespace Conformance.Mock.Apis.Finum.Seeding;

/// <summary>
/// Products, contracts and documents. A seeded contract's status is drawn from 320 (55 %), 920 (10 %),
/// 130 (10 %), 230 (5 %), 120 (8 %) and 110 (12 %); holder and product are drawn from the seeded ones.
/// </summary>
public static class FinumBookFakers
{
    public static FinumProduct Product(int globalSeed, int index, DateTimeOffset referenceDate)
    {
        var id = FinumIds.Product(index);
        var random = new Randomizer(StableSeed.For(globalSeed, "finum", "product", id));
        var line = FinumCatalog.Lines[index % FinumCatalog.Lines.Count];
        var tier = random.ListItem((List<string>)[.. FinumCatalog.Tiers]);
        var insurer = random.ListItem((List<string>)[.. FinumCatalog.Insurers]);
        var (createdAt, updatedAt) = SeedDates.CreatedUpdated(new StableRandom(StableSeed.For(globalSeed, "finum", "dates", id)), referenceDate);
        return new FinumProduct
        {
            Id = id,
            Name = $"{line.Label} {tier}",
            Category = line.Category,
            InsurerName = insurer,
            Description = random.Double() < 0.8 ? $"{line.Label} im Tarif {tier} der {insurer.TrimEnd('.')}." : null,
            CreatedAt = createdAt,
            UpdatedAt = updatedAt,
        };
    }

    /// <summary>A contract without documents; <see cref="FinumSeeder"/> attaches its file.</summary>
    public static FinumContract Contract(int globalSeed, int index, DateTimeOffset referenceDate, IReadOnlyList<FinumClient> clients, IReadOnlyList<FinumProduct> products)
    {
        var id = FinumIds.Contract(index);
        var random = new StableRandom(StableSeed.For(globalSeed, "finum", "contract", id));
        var holder = clients[random.Next(0, clients.Count - 1 + 1)];
        var productIndex = random.Next(0, products.Count - 1 + 1);
        var line = FinumCatalog.Lines[productIndex % FinumCatalog.Lines.Count];
        var roll = random.NextDouble();
        var status = roll switch
        {
            < 0.55 => 320,
            < 0.65 => 920,
            < 0.75 => 130,
            < 0.80 => 230,
            < 0.88 => 120,
            _ => 110,
        };
        var (createdAt, updatedAt) = SeedDates.CreatedUpdated(random, referenceDate);
        var interval = FinumCatalog.PaymentIntervals[random.Next(0, 3 + 1)];
        var start = DateOnly.FromDateTime(createdAt.UtcDateTime).AddDays(random.Next(1, 60 + 1));
        start = new DateOnly(start.Year, start.Month, 1).AddMonths(1);
        IReadOnlyList<string>? missing = null;
        if (status == 110)
        {
            missing = random.Next(0, 2 + 1) switch { 0 => ["startDate"], 1 => ["paymentInterval"], _ => ["startDate", "paymentInterval"] };
        }

        var hasPremium = status is 130 or 230 or 320 or 920;
        return new FinumContract
        {
            Id = id,
            ForeignId = random.NextDouble() < 0.4 ? "crm-" + random.Next(10000, 999999 + 1).ToString(CultureInfo.InvariantCulture) : null,
            ContractNumber = status is 320 or 920
                ? $"{line.Code}-{start.Year}-{random.Next(1, 999999 + 1).ToString("D6", CultureInfo.InvariantCulture)}"
                : null,
            Status = status,
            HolderId = holder.Id,
            ProductId = products[productIndex].Id,
            StartDate = missing?.Contains("startDate") == true ? null : start,
            EndDate = status == 920 ? DateOnly.FromDateTime(updatedAt.UtcDateTime) : null,
            PaymentInterval = missing?.Contains("paymentInterval") == true ? null : interval,
            Premium = hasPremium ? Premium(random, line, interval, holder.Address?.Country) : null,
            MissingData = missing,
            FileIds = [],
            CreatedAt = createdAt,
            UpdatedAt = updatedAt,
        };
    }

    /// <summary>A premium per payment interval for a product line, with the holder country's insurance tax.</summary>
    public static FinumPremium Premium(StableRandom random, FinumCatalog.ProductLine line, string interval, string? country)
    {
        var yearly = random.Next(line.MinYearly * 100, line.MaxYearly * 100 + 1) / 100.0;
        var gross = Math.Round(yearly / FinumCatalog.PaymentsPerYear(interval), 2);
        var net = Math.Round(gross / (1 + FinumCatalog.TaxRate(country)), 2);
        return new FinumPremium(net, Math.Round(gross - net, 2), gross, "EUR");
    }

    public static FinumFile Document(int globalSeed, string fileId, FinumContract contract, string kind, DateTimeOffset at)
    {
        var random = new StableRandom(StableSeed.For(globalSeed, "finum", "file", fileId));
        return new FinumFile
        {
            Id = fileId,
            Name = kind == "policy" ? $"Polizze_{contract.ContractNumber ?? contract.Id}.pdf" : $"Angebot_{contract.Id}.pdf",
            MimeType = "application/pdf",
            Size = random.Next(2_000, 24_000 + 1),
            Kind = kind,
            ContractId = contract.Id,
            ClientId = contract.HolderId,
            CreatedAt = at,
            UpdatedAt = at,
        };
    }
}
