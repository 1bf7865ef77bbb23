using System.Text.Json.Serialization;

namespace Conformance.Mock.Apis.Finum.Model;

/// <summary>Source-generated serialisation of every FiNUM payload (no reflection on the hot path).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(UtcDateTimeConverter)])]
[JsonSerializable(typeof(FinumContract))]
[JsonSerializable(typeof(FinumClient))]
[JsonSerializable(typeof(FinumProduct))]
[JsonSerializable(typeof(FinumUser))]
[JsonSerializable(typeof(FinumFile))]
[JsonSerializable(typeof(FinumProblem))]
[JsonSerializable(typeof(FinumAuthStatus))]
[JsonSerializable(typeof(FinumStatusCallback))]
public sealed partial class FinumJsonContext : JsonSerializerContext;
