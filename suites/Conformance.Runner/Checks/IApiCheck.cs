namespace Conformance.Runner.Checks;

/// <summary>
/// A check that enforces one API's own rules. It lives in <c>Checks/&lt;Api&gt;/</c> and runs only on
/// exchanges of the API named by <see cref="ApiId"/> (the folder name under <c>fixtures/apis/</c>).
/// </summary>
public interface IApiCheck : ICheck
{
    string ApiId { get; }
}
