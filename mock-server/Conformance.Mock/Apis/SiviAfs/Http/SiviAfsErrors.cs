using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Conformance.Mock.Apis.SiviAfs.Http;

/// <summary>
/// The AFD <c>error</c> entity answers (contract, schema <c>Error</c>): <c>{"error": [{entityType,
/// httpStatus, errorCode, errorCodeExplanation, errorDescription}]}</c>, in the negotiated version.
/// </summary>
public static class SiviAfsErrors
{
    public const string Body = "01";
    public const string Query = "02";
    public const string References = "03";
    public const string Addressing = "04";

    private static readonly Dictionary<string, string> Explanations = new(StringComparer.Ordinal)
    {
        ["01"] = "The body is not a valid AFD structure for this function.",
        ["02"] = "Invalid query parameter.",
        ["03"] = "A refKey is duplicated or a reference names no refKey of the dataset.",
        ["04"] = "A change addresses an object wrongly.",
        ["10"] = "No valid access token.",
        ["11"] = "The access token lacks the required scope.",
        ["20"] = "The URL names no resource.",
        ["21"] = "Method not allowed.",
        ["22"] = "No acceptable representation.",
        ["30"] = "The dataset is terminated and cannot be changed.",
        ["31"] = "The request body is too large.",
        ["32"] = "Unsupported media type.",
        ["40"] = "A business rule is not met.",
    };

    /// <summary>The code a status has when only one fits (400 has several; <see cref="Body"/> by default).</summary>
    public static string CodeFor(int status) => status switch
    {
        401 => "10",
        403 => "11",
        404 => "20",
        405 => "21",
        406 => "22",
        409 => "30",
        413 => "31",
        415 => "32",
        422 => "40",
        _ => Body,
    };

    public static Task WriteAsync(HttpContext context, int status, string description) =>
        WriteAsync(context, status, CodeFor(status), [description]);

    public static Task WriteAsync(HttpContext context, int status, string code, string description) =>
        WriteAsync(context, status, code, [description]);

    /// <summary>One error object per problem (at most 100, the schema's limit).</summary>
    public static async Task WriteAsync(HttpContext context, int status, string code, IReadOnlyList<string> descriptions)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(descriptions);
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = SiviAfsVersioning.ContentType(context);
        var malformed = context.RequestServices.GetService<SiviAfsDefectSwitches>()?.MalformedErrorEntity == true;
        await using var json = new Utf8JsonWriter(response.BodyWriter);
        json.WriteStartObject();
        json.WriteStartArray("error");
        foreach (var description in descriptions.Take(100))
        {
            json.WriteStartObject();
            json.WriteString("entityType", "default");
            json.WriteString("httpStatus", malformed ? "200" : status.ToString(System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("errorCode", code);
            if (!malformed)
            {
                json.WriteString("errorCodeExplanation", Explanations.GetValueOrDefault(code, "The request was refused."));
            }

            json.WriteString("errorDescription", Clip(description));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Clip(string text) => string.IsNullOrEmpty(text) ? "The request was refused." : text.Length <= 1000 ? text : text[..997] + "...";
}
