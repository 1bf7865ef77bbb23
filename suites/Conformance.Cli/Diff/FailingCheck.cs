namespace Conformance.Cli.Diff;

/// <summary>
/// One blocking finding of a run, identified so that it can be recognised in another run: the API,
/// the check id and where it failed (<c>flow › step</c>, <c>operation › case</c>, or <c>provider</c>).
/// Messages are left out of the identity: they carry values (ids, timestamps) that change between runs.
/// </summary>
public sealed record FailingCheck(string ApiId, string CheckId, string Location);
