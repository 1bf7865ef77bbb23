using System.Text.Json.Serialization;

namespace Conformance.Mock.Apis.SiviAfs;

/// <summary>Source-generated binding metadata for SIVI AFS's seed file: no reflection-built serializer on the start-up path.</summary>
[JsonSerializable(typeof(SiviAfsSeedSettings))]
public sealed partial class SiviAfsSeedJsonContext : JsonSerializerContext;
