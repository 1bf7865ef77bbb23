using System.Globalization;
using System.Text.Json.Nodes;
using Conformance.Runner.Expressions;
using Conformance.Runner.Results;

namespace Conformance.Runner.Checks.SiviAfs;

/// <summary>
/// Every AFD <c>error</c> object's <c>errorCode</c> belongs to the HTTP status it is sent with, as
/// the contract's code list fixes them (schema <c>Error</c>: 01–04 → 400, 10 → 401, 11 → 403, 20 →
/// 404, 21 → 405, 22 → 406, 30 → 409, 31 → 413, 32 → 415, 40 → 422).
/// </summary>
public sealed class ErrorCodeStatusCheck : IExchangeCheck, IApiCheck
{
    private static readonly Dictionary<string, int> StatusOfCode = new(StringComparer.Ordinal)
    {
        ["01"] = 400, ["02"] = 400, ["03"] = 400, ["04"] = 400, ["10"] = 401, ["11"] = 403, ["20"] = 404,
        ["21"] = 405, ["22"] = 406, ["30"] = 409, ["31"] = 413, ["32"] = 415, ["40"] = 422,
    };

    public string Id => "sivi_afs_error_code_matches_status";
    public string ApiId => "sivi-afs";
    public string Title => "An error's errorCode belongs to the answer's status";
    public string SpecReference => "SIVI AFS error entity; contract, schema Error (errorCode list)";
    public Severity DefaultSeverity => Severity.Error;
    public bool IsMandatory => false;

    public bool AppliesTo(ExchangeContext context) =>
        !context.IsInbound && context.Response is { StatusCode: >= 400 and < 500 } && context.Json is JsonObject { } body && body["error"] is JsonArray;

    public IEnumerable<Finding> Evaluate(ExchangeContext context)
    {
        var errors = (JsonArray)context.Json!["error"]!;
        var status = context.Response!.StatusCode;
        for (var i = 0; i < errors.Count; i++)
        {
            if (errors[i] is JsonObject error && JsonValues.TryGetString(error["errorCode"], out var code)
                && StatusOfCode.TryGetValue(code, out var expected) && expected != status)
            {
                yield return this.Fail(
                    $"errorCode '{code}' belongs to status {expected.ToString(CultureInfo.InvariantCulture)}, but the answer is {status.ToString(CultureInfo.InvariantCulture)}",
                    instancePointer: $"/error/{i.ToString(CultureInfo.InvariantCulture)}/errorCode");
            }
        }
    }
}
