using System.Text.Json;
using Conformance.Mock.Apis.Finum.Model;
using Conformance.Mock.Http;
using Microsoft.AspNetCore.Http;

namespace Conformance.Mock.Apis.Finum.Http;

/// <summary>FiNUM's request bodies: the shared <see cref="JsonBodyReader"/>, refusals as FiNUM problem details.</summary>
public static class FinumBodyReader
{
    public static Task<JsonDocument?> ReadObjectAsync(HttpContext context) => JsonBodyReader.ReadAsync(context, WriteAsync);

    private static Task WriteAsync(HttpContext context, BodyProblem problem) =>
        problem.StatusCode == StatusCodes.Status400BadRequest
            ? FinumProblems.BadRequestAsync(context, [new FinumFieldError("", problem.Message)], aboutBody: true)
            : FinumProblems.WriteAsync(context, problem.StatusCode, problem.Message);
}
