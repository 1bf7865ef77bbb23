namespace Conformance.Mock.Http;

/// <summary>Why a request body was refused by <see cref="JsonBodyReader"/>.</summary>
public enum BodyProblemKind
{
    /// <summary>415: not <c>application/json</c> (or <c>+json</c>), or a charset other than UTF-8.</summary>
    UnsupportedMediaType,

    /// <summary>413: over the size limit.</summary>
    TooLarge,

    /// <summary>400: not valid UTF-8.</summary>
    NotUtf8,

    /// <summary>400: empty or only white space.</summary>
    Empty,

    /// <summary>400: not JSON, or nested deeper than the limit.</summary>
    Malformed,

    /// <summary>400: JSON, but not an object where one is required.</summary>
    NotAnObject,

    /// <summary>400: an object names the same member twice (RFC 8259 §4 leaves the meaning open).</summary>
    DuplicateMember,
}
