namespace Conformance.Mock.State;

/// <summary>One version of a record; versions of a key count 1, 2, 3… in write order.</summary>
public sealed record RecordVersion<T>(string Id, long Version, T Value)
    where T : class;
