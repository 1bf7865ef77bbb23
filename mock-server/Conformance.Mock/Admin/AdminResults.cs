using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Conformance.Mock.Admin;

/// <summary>Admin errors are RFC 9457 problem+json.</summary>
public static class AdminResults
{
    public static IResult Problem(int status, string detail) =>
        Results.Problem(detail: detail, statusCode: status, title: ReasonPhrases.GetReasonPhrase(status));
}
