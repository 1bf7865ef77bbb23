namespace Conformance.Mock.Apis.Thinksurance.Validation;

/// <summary>The documented check order of body problems: a lower rank is reported first, then document order.</summary>
public enum ProblemRank
{
    Missing = 1,
    Invalid = 2,
    Unknown = 3,

    /// <summary>A rule across fields (one insurer id, a name, a tenant token).</summary>
    Rule = 4,

    /// <summary>A rule inside a delete selector, checked after the holder rules.</summary>
    SelectorRule = 5,
}
