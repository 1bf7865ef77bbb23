using System.Globalization;
using Conformance.Mock.Apis.Finum.Model;
using Conformance.Mock.Apis.Finum.Seeding;
using Conformance.Mock.Apis.Finum.State;
using Conformance.Mock.Seeding;

namespace Conformance.Mock.Apis.Finum.Lifecycle;

/// <summary>
/// Provider-side transitions: quoting (premium + proposal document) and activation (contract number +
/// policy document). Premiums and numbers derive from (seed, contract id, revision), so a replay of
/// the same requests gives the same values. Call under the store's write lock.
/// </summary>
public static class FinumDocuments
{
    public static (FinumContract Contract, int Status) Quote(FinumStore store, FinumContract contract, DateTimeOffset at)
    {
        var random = RandomFor(store, contract);
        var line = LineOf(store, contract);
        var country = store.Clients.TryGet(contract.HolderId, out var holder) ? holder.Value.Address?.Country : null;
        var premium = FinumBookFakers.Premium(random, line, contract.PaymentInterval ?? "yearly", country);
        var file = AddDocument(store, contract, "proposal", at);
        return (contract with { Premium = premium, FileIds = [.. contract.FileIds, file.Id] }, 130);
    }

    public static (FinumContract Contract, int Status) Activate(FinumStore store, FinumContract contract, DateTimeOffset at)
    {
        var random = RandomFor(store, contract);
        var line = LineOf(store, contract);
        var year = (contract.StartDate ?? DateOnly.FromDateTime(at.UtcDateTime)).Year;
        var numbered = contract with
        {
            ContractNumber = $"{line.Code}-{year}-{random.Next(1, 1000000).ToString("D6", CultureInfo.InvariantCulture)}",
        };
        var file = AddDocument(store, numbered, "policy", at);
        return (numbered with { FileIds = [.. numbered.FileIds, file.Id] }, 320);
    }

    private static FinumFile AddDocument(FinumStore store, FinumContract contract, string kind, DateTimeOffset at)
    {
        var file = FinumBookFakers.Document(store.Settings.GlobalSeed, store.NextFileId(), contract, kind, at);
        store.Files.Put(file);
        return file;
    }

    private static StableRandom RandomFor(FinumStore store, FinumContract contract) =>
        new(StableSeed.For(store.Settings.GlobalSeed, "finum", "transition", contract.Id + ":" + contract.Revision.ToString(CultureInfo.InvariantCulture)));

    private static FinumCatalog.ProductLine LineOf(FinumStore store, FinumContract contract)
    {
        var category = store.Products.TryGet(contract.ProductId, out var product) ? product.Value.Category : "household";
        return FinumCatalog.Lines.FirstOrDefault(l => l.Category == category) ?? FinumCatalog.Lines[0];
    }
}
