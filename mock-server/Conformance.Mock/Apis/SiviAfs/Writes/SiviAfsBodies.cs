using System.Text.Json.Nodes;
using Conformance.Mock.Apis.SiviAfs.Http;
using Conformance.Mock.Http;
using Microsoft.AspNetCore.Http;

namespace Conformance.Mock.Apis.SiviAfs.Writes;

/// <summary>
/// Reads a write's body with the kit's reader (413 over 5 MiB, 415 not JSON, 400 not one JSON object
/// or a member named twice) and checks it against the operation's request schema in the contract
/// (400 <c>01</c>, one error object per finding). Null when refused; the answer is written.
/// </summary>
public static class SiviAfsBodies
{
    public const long MaxBytes = 5L * 1024 * 1024;

    private static readonly JsonBodyOptions Options = new() { MaxBytes = MaxBytes };

    public static async Task<JsonObject?> ReadAsync(HttpContext context, SiviAfsRuntime runtime, string operationId)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        using var document = await JsonBodyReader.ReadAsync(context, (c, p) => SiviAfsErrors.WriteAsync(c, p.StatusCode, p.StatusCode == 400 ? SiviAfsErrors.Body : SiviAfsErrors.CodeFor(p.StatusCode), p.Message), Options);
        if (document is null)
        {
            return null;
        }

        var schema = runtime.Spec.FindOperation(operationId)?.RequestBody?.Content.Values.FirstOrDefault()?.Schema
            ?? throw new InvalidOperationException($"The contract has no request schema for {operationId}.");
        var result = runtime.Spec.Validator.Validate(schema, document.RootElement.GetRawText());
        if (!result.IsValid)
        {
            var problems = result.Findings.Select(f => $"{(f.InstancePointer.Length == 0 ? "body" : f.InstancePointer)}: {f.Message}").Distinct(StringComparer.Ordinal).ToList();
            await SiviAfsErrors.WriteAsync(context, 400, SiviAfsErrors.Body, problems);
            return null;
        }

        return JsonNode.Parse(document.RootElement.GetRawText())!.AsObject();
    }

    public static Task RefuseAsync(HttpContext context, SiviAfsRefusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return SiviAfsErrors.WriteAsync(context, refusal.Status, refusal.Code, refusal.Problems);
    }
}
