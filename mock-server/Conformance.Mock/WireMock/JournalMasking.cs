using System.Text.Json.Nodes;
using Conformance.Mock.Journal;

namespace Conformance.Mock.WireMock;

/// <summary>
/// WireMock.Net's journal shows request headers as received; ours never shows a credential. Every
/// <c>Headers</c> object in a journal answer gets its credential headers masked as our own journal does.
/// </summary>
public static class JournalMasking
{
    /// <summary>Masks in place; returns whether anything changed.</summary>
    public static bool Mask(JsonNode? node)
    {
        var changed = false;
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    if (name.Equals("Headers", StringComparison.OrdinalIgnoreCase) && value is JsonObject headers)
                    {
                        changed |= MaskHeaders(headers);
                    }
                    else
                    {
                        changed |= Mask(value);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    changed |= Mask(item);
                }

                break;
        }

        return changed;
    }

    private static bool MaskHeaders(JsonObject headers)
    {
        var changed = false;
        foreach (var (name, value) in headers.ToList())
        {
            if (!CredentialMask.IsCredentialHeader(name))
            {
                continue;
            }

            headers[name] = value switch
            {
                JsonArray values => new JsonArray([.. values.Select(v => (JsonNode?)JsonValue.Create(CredentialMask.Mask(name, v?.ToString() ?? "")))]),
                _ => JsonValue.Create(CredentialMask.Mask(name, value?.ToString() ?? "")),
            };
            changed = true;
        }

        return changed;
    }
}
