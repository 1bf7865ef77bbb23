using System.Buffers;
using System.Text.Json;
using Conformance.Mock.Apis.SiviAfs.Catalog;
using Conformance.Mock.Apis.SiviAfs.Http;
using Conformance.Mock.Apis.SiviAfs.State;
using Microsoft.AspNetCore.Http;

namespace Conformance.Mock.Apis.SiviAfs.Query;

/// <summary>
/// Writes an answer without a projection straight from each dataset's cached JSON, in the same shape
/// as <see cref="SiviAfsAnswers.List"/> (commonFunctional first, entities in the contract's order,
/// objects grouped in dataset order, empty arrays left out): the retrieve path under load.
/// </summary>
public static class SiviAfsAnswerWriter
{
    public static Task WriteAsync(HttpContext context, int status, IReadOnlyList<SiviAfsSnapshot> page, SiviAfsStructure structure, string catalogVersion)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = status;
        context.Response.ContentType = SiviAfsVersioning.ContentType(context);
        Write(context.Response.BodyWriter, page, structure, catalogVersion);
        return Task.CompletedTask;
    }

    /// <summary>The answer's bytes into <paramref name="output"/>.</summary>
    public static void Write(IBufferWriter<byte> output, IReadOnlyList<SiviAfsSnapshot> page, SiviAfsStructure structure, string catalogVersion)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(structure);
        using var json = new Utf8JsonWriter(output);
        json.WriteStartObject();
        json.WriteStartArray("commonFunctional");
        json.WriteStartObject();
        json.WriteString("entityType", "default");
        json.WriteString("dataCatalogVersion", catalogVersion);
        json.WriteEndObject();
        json.WriteEndArray();
        foreach (var entity in structure.Entities)
        {
            var open = false;
            foreach (var snapshot in page)
            {
                if (!snapshot.Serialized.TryGetValue(entity.Name, out var objects))
                {
                    continue;
                }

                foreach (var item in objects)
                {
                    if (!open)
                    {
                        json.WriteStartArray(entity.Name);
                        open = true;
                    }

                    json.WriteRawValue(item, skipInputValidation: true);
                }
            }

            if (open)
            {
                json.WriteEndArray();
            }
        }

        json.WriteEndObject();
    }
}
