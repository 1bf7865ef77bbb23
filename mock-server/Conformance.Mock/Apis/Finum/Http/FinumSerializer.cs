using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Mock.Apis.Finum.Model;
using Conformance.Mock.Defects;

namespace Conformance.Mock.Apis.Finum.Http;

/// <summary>Turns records into the bytes served; contract defects that change the payload are applied here.</summary>
public sealed class FinumSerializer(ActiveDefects defects)
{
    private readonly bool dropHolder = defects.IsOn(FinumDefects.RequiredFieldDropped);
    private readonly bool statusOutOfRange = defects.IsOn(FinumDefects.StatusOutOfRange);

    public byte[] Contract(FinumContract contract)
    {
        if (!dropHolder && !statusOutOfRange)
        {
            return JsonSerializer.SerializeToUtf8Bytes(contract, FinumJson.Context.FinumContract);
        }

        var node = JsonSerializer.SerializeToNode(contract, FinumJson.Context.FinumContract)!.AsObject();
        if (dropHolder)
        {
            node.Remove("holderId");
        }

        if (statusOutOfRange)
        {
            node["status"] = 1000 + contract.Status;
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = FinumJson.Context.Options.Encoder }))
        {
            node.WriteTo(writer);
        }

        return buffer.ToArray();
    }

    public static byte[] Client(FinumClient client) => JsonSerializer.SerializeToUtf8Bytes(client, FinumJson.Context.FinumClient);

    public static byte[] Product(FinumProduct product) => JsonSerializer.SerializeToUtf8Bytes(product, FinumJson.Context.FinumProduct);

    public static byte[] User(FinumUser user) => JsonSerializer.SerializeToUtf8Bytes(user, FinumJson.Context.FinumUser);

    public static byte[] File(FinumFile file) => JsonSerializer.SerializeToUtf8Bytes(file, FinumJson.Context.FinumFile);
}
