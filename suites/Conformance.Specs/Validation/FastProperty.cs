namespace Conformance.Specs.Validation;

/// <summary>A member schema of <see cref="FastSchema"/>: its name as text and as UTF-8, and its bit in the required mask (0 when not required).</summary>
internal sealed record FastProperty(string Name, byte[] Utf8Name, FastSchema Schema, ulong Bit);
