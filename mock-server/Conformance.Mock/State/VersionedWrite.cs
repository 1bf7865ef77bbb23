namespace Conformance.Mock.State;

/// <summary>
/// The outcome of a compare-and-set write: <see cref="Written"/> true and the new version, or false
/// and the version that is current (null when the key does not exist).
/// </summary>
public sealed record VersionedWrite<T>(bool Written, RecordVersion<T>? Current)
    where T : class;
