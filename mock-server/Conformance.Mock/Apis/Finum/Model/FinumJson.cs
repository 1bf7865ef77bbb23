using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Conformance.Mock.Apis.Finum.Model;

/// <summary>
/// The serialisation context every FiNUM payload goes through: the source-generated metadata with
/// relaxed escaping, so umlauts and <c>+</c> are written as themselves (still valid JSON, smaller and
/// readable) instead of <c>\u00FC</c> escapes.
/// </summary>
public static class FinumJson
{
    public static FinumJsonContext Context { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new UtcDateTimeConverter() },
    });
}
