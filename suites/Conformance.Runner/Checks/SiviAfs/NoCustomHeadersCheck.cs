using Conformance.Runner.Results;

namespace Conformance.Runner.Checks.SiviAfs;

/// <summary>
/// SIVI: "In SIVI AFS HTTP headers are standardised HTTP headers. Custom HTTP headers are not
/// supported." No answer carries an <c>X-</c> header (the RFC 6648 mark of a non-standard one).
/// </summary>
public sealed class NoCustomHeadersCheck : IExchangeCheck, IApiCheck
{
    public string Id => "sivi_afs_no_custom_headers";
    public string ApiId => "sivi-afs";
    public string Title => "Answers carry standard headers only";
    public string SpecReference => "SIVI AFS header parameters (custom HTTP headers are not supported); RFC 6648";
    public Severity DefaultSeverity => Severity.Error;
    public bool IsMandatory => false;

    public bool AppliesTo(ExchangeContext context) => !context.IsInbound && context.Response is not null;

    public IEnumerable<Finding> Evaluate(ExchangeContext context) =>
        context.Response!.Headers
            .Where(h => h.Key.StartsWith("X-", StringComparison.OrdinalIgnoreCase))
            .Select(h => h.Key)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(name => this.Fail($"custom header '{name}' in the answer; SIVI AFS allows standard headers only"));
}
