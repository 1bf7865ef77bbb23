using System.Text.Json.Nodes;
using Conformance.Runner.Results;

namespace Conformance.Runner.Checks.Seyna;

/// <summary>
/// A stored version never changes: when an object is returned twice in a run under the same
/// <c>version</c>, its client-owned content and <c>last_update</c> are the same both times (a change is a
/// new version). Objects without <c>version</c> (optional in answers) are not judged.
/// </summary>
public sealed class VersionImmutableCheck : IExchangeCheck, IApiCheck
{
    public string Id => "seyna_version_immutable";
    public string ApiId => SeynaAnswers.ApiId;
    public string Title => "A version, once returned, never changes";
    public string SpecReference => "Seyna general principles: every object is versioned; contract, PUT and versioning";
    public Severity DefaultSeverity => Severity.Error;
    public bool IsMandatory => false;

    public bool AppliesTo(ExchangeContext context) => context.Earlier.Count > 0 && SeynaAnswers.Objects(context).Any(o => SeynaAnswers.Number(o, "version") is not null);

    public IEnumerable<Finding> Evaluate(ExchangeContext context)
    {
        var earlier = new Dictionary<(string?, string?, string?, decimal), JsonObject>();
        foreach (var item in context.Earlier.SelectMany(e => SeynaAnswers.Objects(e)))
        {
            if (SeynaAnswers.Number(item, "version") is { } version)
            {
                earlier[Key(item, version)] = item;
            }
        }

        foreach (var item in SeynaAnswers.Objects(context))
        {
            if (SeynaAnswers.Number(item, "version") is { } version && earlier.TryGetValue(Key(item, version), out var before) && !JsonNode.DeepEquals(before, item))
            {
                yield return this.Fail($"{SeynaAnswers.Text(item, "object")} '{SeynaAnswers.Text(item, "id")}' version {version} was returned earlier in this run with other content");
            }
        }
    }

    private static (string?, string?, string?, decimal) Key(JsonObject item, decimal version) =>
        (SeynaAnswers.Text(item, "object"), SeynaAnswers.Text(item, "portfolio_id"), SeynaAnswers.Text(item, "id"), version);
}
