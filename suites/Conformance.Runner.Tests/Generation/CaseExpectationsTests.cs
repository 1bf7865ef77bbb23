using Conformance.Runner.Arazzo;
using Conformance.Runner.Checks;
using Conformance.Runner.Generation;
using Conformance.Specs.Model.Conventions;

namespace Conformance.Runner.Tests.Generation;

public sealed class CaseExpectationsTests
{
    private static readonly ApiConventions Sivi = ApiConventions.Default with { Scope = new RefusalRule { Statuses = ["403"] } };

    [TestCase(AuthMode.MissingScope, 403, true)]
    [TestCase(AuthMode.MissingScope, 401, false)]
    [TestCase(AuthMode.Garbage, 401, true)]
    [TestCase(AuthMode.Garbage, 403, false)]
    public void Judge_WrongCredentials_ByTheRefusalOfTheirKind(AuthMode mode, int status, bool accepted)
    {
        var generated = new GeneratedCase
        {
            CaseId = "op.wrong_auth",
            Kind = CaseKind.WrongAuth,
            OperationId = "op",
            Description = "wrong credentials",
            Method = "GET",
            PathTemplate = "/x",
            Auth = mode,
        };

        var finding = CaseExpectations.Judge(CheckCatalogue.Default, Sivi, generated, status, null);

        Assert.That(finding is null, Is.EqualTo(accepted), finding?.Message);
        Assert.That(finding?.CheckId, accepted ? Is.Null : Is.EqualTo("auth_required"));
    }
}
