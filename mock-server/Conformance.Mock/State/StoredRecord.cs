namespace Conformance.Mock.State;

/// <summary>A record plus its serialised JSON, produced on first use and then reused (records are immutable).</summary>
public sealed class StoredRecord<T>(T value)
    where T : class
{
    private byte[]? json;

    public T Value { get; } = value;

    public byte[] Json(Func<T, byte[]> serialize) => json ??= serialize(Value);
}
