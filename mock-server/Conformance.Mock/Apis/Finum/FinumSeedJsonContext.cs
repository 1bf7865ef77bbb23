using System.Text.Json.Serialization;

namespace Conformance.Mock.Apis.Finum;

/// <summary>Source-generated binding metadata for FiNUM's seed file: no reflection-built serializer on the start-up path.</summary>
[JsonSerializable(typeof(FinumSeedSettings))]
public sealed partial class FinumSeedJsonContext : JsonSerializerContext;
