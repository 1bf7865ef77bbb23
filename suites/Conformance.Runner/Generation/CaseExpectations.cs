using Conformance.Runner.Checks;
using Conformance.Runner.Engine;
using Conformance.Runner.Results;

namespace Conformance.Runner.Generation;

/// <summary>
/// What each case kind must get: valid → a documented 2xx; negative → a 4xx (whether it is
/// documented is <c>status_code_conformance</c>'s concern); missing/wrong auth → exactly 401;
/// undocumented method → anything but 2xx.
/// </summary>
public static class CaseExpectations
{
    public static Finding? Judge(CheckCatalogue catalogue, GeneratedCase generated, int status) => generated.Kind switch
    {
        CaseKind.ValidRequest when status is < 200 or > 299 || generated.Operation is { } op && SpecLookup.FindResponse(op, status) is null =>
            catalogue.Get<PositiveDataAcceptanceCheck>().Fail($"{generated.Description}; got {status}", generated.Operation?.Pointer),
        CaseKind.NegativeData when status is < 400 or > 499 =>
            catalogue.Get<NegativeDataRejectionCheck>().Fail($"{generated.Description}; got {status}", generated.Operation?.Pointer),
        CaseKind.MissingAuth or CaseKind.WrongAuth when status != 401 =>
            catalogue.Get<AuthRequiredCheck>().Fail($"{generated.Description}; got {status}", generated.Operation?.Pointer),
        CaseKind.UndocumentedMethod when status is >= 200 and <= 299 =>
            catalogue.Get<UndocumentedMethodRejectionCheck>().Fail($"{generated.Description}; got {status}"),
        _ => null,
    };
}
