using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Conformance.Runner.Expressions;
using Conformance.Runner.Results;

namespace Conformance.Runner.Checks.Thinksurance;

/// <summary>
/// An <c>error</c> answered by an operation is one of the texts its <c>x-error-messages</c> lists
/// (<c>&lt;...&gt;</c> stands for the filled-in part): the catalogue is closed, so consumers can match on it.
/// </summary>
public sealed class ErrorCatalogueCheck : IExchangeCheck, IApiCheck
{
    private const string Extension = "x-error-messages";

    public string Id => "thinksurance_error_catalogue";
    public string ApiId => "thinksurance";
    public string Title => "Error texts come from the operation's catalogue";
    public string SpecReference => "Thinksurance contract, x-error-messages of each operation and ErrorResponse";
    public Severity DefaultSeverity => Severity.Error;
    public bool IsMandatory => false;

    public bool AppliesTo(ExchangeContext context) =>
        !context.IsInbound && context.Operation is not null && context.Json is JsonObject body
        && JsonValues.TryGetString(body["error"], out _) && Catalogue(context) is { Count: > 0 };

    public IEnumerable<Finding> Evaluate(ExchangeContext context)
    {
        JsonValues.TryGetString(((JsonObject)context.Json!)["error"], out var error);
        var catalogue = Catalogue(context)!;
        if (!catalogue.Any(entry => Pattern(entry).IsMatch(error)))
        {
            yield return this.Fail($"'{error}' is not in the {Extension} of {context.Operation!.OperationId}", instancePointer: "/error");
        }
    }

    /// <summary>The entry as an anchored pattern: literal text, each <c>&lt;...&gt;</c> any non-empty text.</summary>
    public static Regex Pattern(string entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var parts = Regex.Split(entry, "<[^<>]+>", RegexOptions.None, TimeSpan.FromSeconds(1)).Select(Regex.Escape);
        return new Regex("^" + string.Join(".+", parts) + "$", RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromSeconds(1));
    }

    private static List<string>? Catalogue(ExchangeContext context) =>
        JsonPointer.Resolve(context.Spec.Document, context.Operation!.Pointer + "/" + Extension).Value is JsonArray entries
            ? [.. entries.Select(e => JsonValues.TryGetString(e, out var text) ? text : null).OfType<string>()]
            : null;
}
