using Conformance.Mock.Apis.Finum.Model;
using Conformance.Mock.Seeding;

namespace Conformance.Mock.Apis.Finum.Seeding;

/// <summary>
/// Generates the seeded book. Records are independent of one another, so large counts are generated
/// in parallel; files are numbered afterwards in contract order (one per contract at 130, 230, 320 or 920).
/// </summary>
public static class FinumSeeder
{
    public static FinumSeedData Generate(SeedSettings settings)
    {
        var seed = settings.GlobalSeed;
        var reference = settings.ReferenceDate;
        var products = Build(Math.Max(1, settings.Count("product")), i => FinumBookFakers.Product(seed, i, reference));
        var users = Build(settings.Count("user"), i => FinumPeopleFakers.User(seed, i, reference));
        var clients = Build(Math.Max(1, settings.Count("client")), i => FinumPeopleFakers.Client(seed, i, reference));
        var drafts = Build(settings.Count("contract"), i => FinumBookFakers.Contract(seed, i, reference, clients, products));

        var fileIndex = new int[drafts.Length];
        var files = 0;
        for (var i = 0; i < drafts.Length; i++)
        {
            fileIndex[i] = drafts[i].Status is 130 or 230 or 320 or 920 ? files++ : -1;
        }

        var fileRecords = new FinumFile[files];
        var contracts = new FinumContract[drafts.Length];
        Parallel.For(0, drafts.Length, i =>
        {
            var draft = drafts[i];
            if (fileIndex[i] < 0)
            {
                contracts[i] = draft;
                return;
            }

            var fileId = FinumIds.File(fileIndex[i]);
            var kind = draft.Status is 320 or 920 ? "policy" : "proposal";
            fileRecords[fileIndex[i]] = FinumBookFakers.Document(seed, fileId, draft, kind, draft.UpdatedAt);
            contracts[i] = draft with { FileIds = [fileId] };
        });

        return new FinumSeedData(contracts, clients, products, users, fileRecords);
    }

    private static T[] Build<T>(int count, Func<int, T> make)
    {
        var items = new T[count];
        if (count < 2000)
        {
            for (var i = 0; i < count; i++)
            {
                items[i] = make(i);
            }
        }
        else
        {
            Parallel.For(0, count, i => items[i] = make(i));
        }

        return items;
    }
}
