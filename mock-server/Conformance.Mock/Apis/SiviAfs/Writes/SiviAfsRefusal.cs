namespace Conformance.Mock.Apis.SiviAfs.Writes;

/// <summary>Why a write is refused: the status, the AFD error code and one description per problem.</summary>
public sealed record SiviAfsRefusal(int Status, string Code, IReadOnlyList<string> Problems)
{
    public static SiviAfsRefusal BadBody(string problem) => new(400, "01", [problem]);

    public static SiviAfsRefusal BadReference(string problem) => new(400, "03", [problem]);

    public static SiviAfsRefusal Addressing(string problem) => new(400, "04", [problem]);

    public static SiviAfsRefusal Terminated(string id) => new(409, "30", [$"Dataset {id} is terminated; it cannot be changed."]);

    public static SiviAfsRefusal BusinessRule(string problem) => new(422, "40", [problem]);
}
