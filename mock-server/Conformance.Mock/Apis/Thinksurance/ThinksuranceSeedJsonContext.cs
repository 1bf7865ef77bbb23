using System.Text.Json.Serialization;

namespace Conformance.Mock.Apis.Thinksurance;

/// <summary>Source-generated binding metadata for Thinksurance's seed file: no reflection-built serializer on the start-up path.</summary>
[JsonSerializable(typeof(ThinksuranceSeedSettings))]
public sealed partial class ThinksuranceSeedJsonContext : JsonSerializerContext;
