using System.Text.Json.Nodes;
using Conformance.Mock.Apis.Seyna.Http;

namespace Conformance.Mock.Apis.Seyna.Model;

/// <summary>
/// Builds a stored object from its client-owned content: the discriminator and ids first, then the
/// content, then the server-owned bookkeeping; <c>product_data</c> is <c>{}</c> when not sent.
/// </summary>
public static class SeynaStored
{
    public static JsonObject Compose(
        SeynaKind kind, SeynaPortfolio portfolio, string id, int version, JsonObject content, DateTimeOffset created, DateTimeOffset updated)
    {
        var stored = new JsonObject
        {
            ["object"] = kind.Name,
            ["id"] = id,
            ["portfolio_id"] = portfolio.Id,
            ["product_id"] = portfolio.ProductId,
            ["version"] = version,
        };
        foreach (var (name, value) in content)
        {
            stored[name] = value?.DeepClone();
        }

        stored["product_data"] ??= new JsonObject();
        stored["creation_date"] = SeynaDates.Format(created);
        stored["last_update"] = SeynaDates.Format(updated);
        return stored;
    }

    /// <summary>The client-owned content of a stored object (what a re-PUT is compared with).</summary>
    public static JsonObject ContentOf(JsonObject stored)
    {
        var content = new JsonObject();
        foreach (var (name, value) in stored)
        {
            if (name is not ("object" or "id" or "portfolio_id" or "product_id" or "version" or "creation_date" or "last_update"))
            {
                content[name] = value?.DeepClone();
            }
        }

        return content;
    }
}
