namespace Conformance.Mock.Apis.Thinksurance.Validation;

/// <summary>
/// Every problem of one request body, collected in document order; <see cref="First"/> is the one the
/// contract reports (only the first problem, by documented check order, then document order).
/// </summary>
public sealed class RequestProblems
{
    private readonly List<(ProblemRank Rank, int Order, string Message)> problems = [];

    public bool Any => problems.Count > 0;

    public string? First => problems.Count == 0 ? null : problems.OrderBy(p => p.Rank).ThenBy(p => p.Order).First().Message;

    public void Add(ProblemRank rank, string message) => problems.Add((rank, problems.Count, message));
}
