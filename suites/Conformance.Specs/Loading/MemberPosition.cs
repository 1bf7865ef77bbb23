namespace Conformance.Specs.Loading;

/// <summary>Where a member's key and its value start; for an array item both are the item.</summary>
internal readonly record struct MemberPosition(SourcePosition Key, SourcePosition Value);
