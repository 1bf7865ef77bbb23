namespace Conformance.Mock.Apis.Thinksurance.Validation;

/// <summary>One property of a closed request object, as the contract's schema declares it.</summary>
public sealed record FieldRule(string Name, FieldKind Kind)
{
    public bool Required { get; init; }

    /// <summary>Strings: length bounds; arrays: item count bounds.</summary>
    public int Min { get; init; }

    public int Max { get; init; } = int.MaxValue;

    public IReadOnlySet<string>? Strings { get; init; }

    public long MinValue { get; init; } = long.MinValue;

    public long MaxValue { get; init; } = long.MaxValue;

    public IReadOnlySet<long>? Integers { get; init; }

    public bool Email { get; init; }

    public static FieldRule Text(string name, int min, int max, bool required = false) => new(name, FieldKind.String) { Min = min, Max = max, Required = required };

    public static FieldRule Flag(string name, bool required = false) => new(name, FieldKind.Boolean) { Required = required };

    public static FieldRule Number(string name, long min, long max, bool required = false) => new(name, FieldKind.Integer) { MinValue = min, MaxValue = max, Required = required };

    public static FieldRule Choice(string name, bool required, params long[] values) => new(name, FieldKind.Integer) { Integers = values.ToHashSet(), Required = required };

    public static FieldRule List(string name, int min, int max, bool required = false) => new(name, FieldKind.Array) { Min = min, Max = max, Required = required };
}
