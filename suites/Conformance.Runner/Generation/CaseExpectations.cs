using System.Text.Json.Nodes;
using Conformance.Runner.Arazzo;
using Conformance.Runner.Checks;
using Conformance.Runner.Engine;
using Conformance.Runner.Results;
using Conformance.Specs.Model.Conventions;

namespace Conformance.Runner.Generation;

/// <summary>
/// What each case kind must get, judged by the API's declared refusals (<c>x-conformance.refusals</c>):
/// valid → a documented 2xx that is no refusal; negative → the bad-input refusal (whether its status
/// is documented is <c>status_code_conformance</c>'s concern); missing/wrong auth → the credentials
/// refusal (a token lacking the scope: the scope refusal); undocumented method → anything but a 2xx success.
/// </summary>
public static class CaseExpectations
{
    public static Finding? Judge(CheckCatalogue catalogue, ApiConventions conventions, GeneratedCase generated, int status, JsonNode? body)
    {
        var got = $"{generated.Description}; got {status}";
        return generated.Kind switch
        {
            CaseKind.ValidRequest when status is < 200 or > 299 || generated.Operation is { } op && SpecLookup.FindResponse(op, status) is null =>
                catalogue.Get<PositiveDataAcceptanceCheck>().Fail(got, generated.Operation?.Pointer),
            CaseKind.ValidRequest when conventions.IsRefusal(status, body) =>
                catalogue.Get<PositiveDataAcceptanceCheck>().Fail($"{got}, which is a refusal", generated.Operation?.Pointer),
            CaseKind.NegativeData when !conventions.BadInput.Matches(status, body) =>
                catalogue.Get<NegativeDataRejectionCheck>().Fail($"{got}; bad input is refused with {conventions.BadInput}", generated.Operation?.Pointer),
            CaseKind.WrongAuth when generated.Auth == AuthMode.MissingScope && !conventions.Scope.Matches(status, body) =>
                catalogue.Get<AuthRequiredCheck>().Fail($"{got}; a token without the scope is refused with {conventions.Scope}", generated.Operation?.Pointer),
            CaseKind.WrongAuth when generated.Auth == AuthMode.MissingScope => null,
            CaseKind.MissingAuth or CaseKind.WrongAuth when !conventions.Credentials.Matches(status, body) =>
                catalogue.Get<AuthRequiredCheck>().Fail(got, generated.Operation?.Pointer),
            CaseKind.UndocumentedMethod when status is >= 200 and <= 299 && !conventions.IsRefusal(status, body) =>
                catalogue.Get<UndocumentedMethodRejectionCheck>().Fail(got),
            _ => null,
        };
    }
}
