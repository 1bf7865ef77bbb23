using System.Text.Json.Nodes;

namespace Conformance.Specs.Model.Conventions;

/// <summary>
/// How an API says "no": one of <see cref="Statuses"/> (exact codes or classes such as <c>4XX</c>)
/// and, when <see cref="BodyMember"/> is set, a body in which that JSON pointer exists (Thinksurance
/// answers HTTP 200 with <c>/error</c>).
/// </summary>
public sealed record RefusalRule
{
    public required IReadOnlyList<string> Statuses { get; init; }

    /// <summary>A JSON pointer (<c>*</c> matches any array item or member) that must exist in the body.</summary>
    public string? BodyMember { get; init; }

    public bool Matches(int status, JsonNode? body) =>
        StatusPatterns.MatchesAny(Statuses, status)
        && (BodyMember is null || JsonPointerPattern.Select(body, BodyMember).Any());

    /// <summary>For messages: <c>401</c>, <c>4XX</c> or <c>200 with /error</c>.</summary>
    public override string ToString() =>
        string.Join(" or ", Statuses) + (BodyMember is null ? string.Empty : $" with {BodyMember} in the body");
}
