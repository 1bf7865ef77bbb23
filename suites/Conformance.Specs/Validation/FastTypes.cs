namespace Conformance.Specs.Validation;

/// <summary>The <c>type</c> keyword of a <see cref="FastSchema"/> as flags; <see cref="None"/> when the schema has none.</summary>
[Flags]
internal enum FastTypes
{
    None = 0,
    String = 1,
    Object = 2,
    Array = 4,
    Boolean = 8,
    Null = 16,
    Number = 32,
    Integer = 64,

    /// <summary>A <c>type</c> keyword naming no known type: no instance matches.</summary>
    Unknown = 128,
}
