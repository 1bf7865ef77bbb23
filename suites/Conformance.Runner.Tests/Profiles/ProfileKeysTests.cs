using Conformance.Runner.Profiles;
using Conformance.Runner.Tests.Support;

namespace Conformance.Runner.Tests.Profiles;

[TestFixture]
public sealed class ProfileKeysTests
{
    private static IEnumerable<string> EveryKey() =>
        ProfileKeys.Root.Concat(ProfileKeys.Api).Concat(ProfileKeys.Credential).Concat(ProfileKeys.ExpectedFailure).Distinct(StringComparer.Ordinal);

    [TestCaseSource(nameof(EveryKey))]
    public void DocsProfiles_EveryKeyTheReaderAccepts_IsDocumented(string key) =>
        Assert.That(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "profiles.md")), Does.Contain($"`{key}`"));

    [TestCaseSource(nameof(ApiKeys))]
    public void ExampleProfile_EveryApiKey_IsShownInTheTemplate(string key) =>
        Assert.That(File.ReadAllText(Path.Combine(RepoPaths.Root, "fixtures", "profiles", "example-provider.yaml")), Does.Contain($"{key}:"));

    [Test]
    public void Load_KeyNotInTheList_IsReportedWithTheKeysAccepted()
    {
        var result = ProviderProfileLoader.Load("apis:\n  finum:\n    maxRequestsPerMinute: 5\n", "profile.yaml", RepoPaths.Root);

        Assert.That(result.Diagnostics.Single().Message, Does.Contain("maxRequestsPerSecond"));
    }

    private static IEnumerable<string> ApiKeys() => ProfileKeys.Api;
}
