using Conformance.Runner.Arazzo;
using Conformance.Runner.Auth;
using Conformance.Runner.Tests.Support;

namespace Conformance.Runner.Tests.Auth;

public sealed class WrongCredentialModesTests
{
    private static readonly Conformance.Specs.Model.ApiSpec Spec = AuthSpec.Create();

    [TestCase("jwtThing", new[] { AuthMode.None, AuthMode.Expired, AuthMode.Forged, AuthMode.WrongKey, AuthMode.AlgNone, AuthMode.Garbage })]
    [TestCase("basicThing", new[] { AuthMode.None, AuthMode.WrongSecret, AuthMode.Garbage })]
    [TestCase("readThing", new[] { AuthMode.None, AuthMode.MissingScope, AuthMode.Garbage })]
    [TestCase("opThing", new[] { AuthMode.None, AuthMode.Garbage })]
    [TestCase("customThing", new[] { AuthMode.None, AuthMode.Garbage })]
    [TestCase("trigger", new AuthMode[0])]
    public void For_SchemeKind_GivesItsModes(string operationId, AuthMode[] expected) =>
        Assert.That(WrongCredentialModes.For(Spec, Spec.FindOperation(operationId)!), Is.EqualTo(expected));

    [Test]
    public void ForScheme_OAuth2WithoutScopesInTheRequirement_HasNoMissingScope() =>
        Assert.That(WrongCredentialModes.ForScheme(Spec, Spec.SecuritySchemes["oauth"], requirementNamesScopes: false), Does.Not.Contain(AuthMode.MissingScope));

    [Test]
    public void UnknownWrongCredentials_NameThatIsNoMode_IsListed() =>
        Assert.That(SchemeExtensions.UnknownWrongCredentials(Spec, "custom"), Is.EqualTo(new[] { "bogus" }));

    [TestCase("missing", AuthMode.None)]
    [TestCase("wrong-secret", AuthMode.WrongSecret)]
    [TestCase("missing-scope", AuthMode.MissingScope)]
    [TestCase("alg-none", AuthMode.AlgNone)]
    public void AuthModeNames_RoundTrip(string name, AuthMode mode)
    {
        Assert.That(AuthModeNames.TryParse(name, out var parsed), Is.True);
        Assert.That(parsed, Is.EqualTo(mode));
        Assert.That(AuthModeNames.Name(mode), Is.EqualTo(name));
    }

    [TestCase("none", AuthMode.None)]
    [TestCase("wrong-secret", AuthMode.WrongSecret)]
    [TestCase("missing-scope", AuthMode.MissingScope)]
    [TestCase("expired", AuthMode.Expired)]
    public void LoadText_StepAuth_ReadsEveryModeName(string name, AuthMode expected)
    {
        var result = ArazzoLoader.LoadText(EngineHarness.Flow($$"""
              - workflowId: w
                steps:
                  - stepId: s
                    operationId: basicThing
                    x-conformance-auth: {{name}}
            """), "w.arazzo.yaml", Spec);

        Assert.That(result.Diagnostics, Is.Empty);
        Assert.That(result.Document!.Workflows[0].Steps[0].Auth, Is.EqualTo(expected));
    }

    [Test]
    public void LoadText_UnknownStepAuth_ListsTheModes()
    {
        var result = ArazzoLoader.LoadText(EngineHarness.Flow("""
              - workflowId: w
                steps:
                  - stepId: s
                    operationId: basicThing
                    x-conformance-auth: sideways
            """), "w.arazzo.yaml", Spec);

        Assert.That(result.Diagnostics.Single().Message, Is.EqualTo("'sideways' is not one of none, wrong-secret, expired, forged, wrong-key, alg-none, missing-scope, garbage"));
    }
}
