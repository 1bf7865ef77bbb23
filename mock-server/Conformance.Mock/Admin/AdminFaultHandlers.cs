using System.Text.Json;
using Conformance.Mock.Faults;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Conformance.Mock.Admin;

/// <summary>
/// <c>POST /__admin/faults</c> with <c>{"route": "/finum/v1/contract-*", "method": "GET", "kind":
/// "latency|status|drop|stall", "status": 503, "latencyMs": 200, "rate": 0.5, "seed": 7}</c>; only
/// <c>route</c> and <c>kind</c> are required. Answers 201 with the stored rule and its id.
/// </summary>
public static class AdminFaultHandlers
{
    public static async Task<IResult> AddAsync(HttpContext context)
    {
        var request = context.Request;
        var cancellationToken = context.RequestAborted;
        var faults = context.RequestServices.GetRequiredService<FaultStore>();
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Bad("Body must be a JSON object.");
            }

            var route = String(root, "route");
            var kindText = String(root, "kind");
            if (string.IsNullOrEmpty(route) || !route.StartsWith('/'))
            {
                return Bad("route is required and must start with '/'.");
            }

            if (!Enum.TryParse<FaultKind>(kindText, ignoreCase: true, out var kind) || int.TryParse(kindText, out _))
            {
                return Bad("kind must be one of latency, status, drop, stall.");
            }

            var status = Int(root, "status") ?? 503;
            var latencyMs = Int(root, "latencyMs") ?? 0;
            var rate = root.TryGetProperty("rate", out var r) && r.ValueKind == JsonValueKind.Number ? r.GetDouble() : 1;
            if (status is < 400 or > 599 || latencyMs is < 0 or > 60_000 || rate is < 0 or > 1)
            {
                return Bad("status must be 400..599, latencyMs 0..60000, rate 0..1.");
            }

            var rule = faults.Add(new FaultRule
            {
                Id = String(root, "id") ?? "",
                Route = route,
                Method = String(root, "method"),
                Kind = kind,
                Status = status,
                Latency = TimeSpan.FromMilliseconds(latencyMs),
                Rate = rate,
                Seed = Int(root, "seed") ?? 0,
            });
            return Results.Json(AdminPayloads.Fault(rule), statusCode: StatusCodes.Status201Created);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            return Bad("Body must be a JSON fault object: " + ex.Message);
        }
    }

    private static IResult Bad(string detail) => AdminResults.Problem(StatusCodes.Status400BadRequest, detail);

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int? Int(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) ? i : null;
}
