using System.Text.Json.Serialization;

namespace Conformance.Mock.Apis.Seyna;

/// <summary>Source-generated binding metadata for Seyna's seed file: no reflection-built serializer on the start-up path.</summary>
[JsonSerializable(typeof(SeynaSeedSettings))]
public sealed partial class SeynaSeedJsonContext : JsonSerializerContext;
