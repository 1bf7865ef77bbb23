using Conformance.Runner.Profiles;
using Conformance.Runner.Results;
using Conformance.Specs.Loading;

namespace Conformance.Runner.Tests.Profiles;

internal sealed class ProviderProfileLoaderTests
{
    private const string BaseDirectory = "/profiles";

    private const string Complete = """
        name: Example Insurance
        apis:
          finum:
            baseUrl: https://sync.example.at/finum/v1
            credentials:
              privateKey: { file: keys/consumer.key.pem }
              payload: { env: FINUM_PAYLOAD }
            implementedOptionalOperations: [downloadFile, updateContract]
            severityOverrides:
              response_headers_conformance: info
            expectedFailures:
              - check: status_code_conformance
                workflow: unknown_ids
                step: listUnknown
                reason: Fixed in 4.2
              - { check: negative_data_rejection, operation: listContracts, reason: "Lenient by design" }
            inputs:
              "*": { brokerId: B-17 }
              proposal_callback: { product: KFZ, premium: 12.5 }
          seyna:
            baseUrl: http://localhost:8080/seyna/v2
        """;

    internal static ProfileLoadResult Load(string yaml, ProfileLoaderOptions? options = null) =>
        ProviderProfileLoader.Load(yaml, "profile.yaml", BaseDirectory, options);

    internal static ProfileDiagnostic SingleError(ProfileLoadResult result)
    {
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.That(errors, Has.Count.EqualTo(1), string.Join("\n", result.Diagnostics));
        return errors[0];
    }

    [Test]
    public void Load_CompleteProfile_ReadsEverything()
    {
        var result = Load(Complete);

        Assert.That(result.Diagnostics, Is.Empty);
        Assert.That(result.HasErrors, Is.False);
        var profile = result.Profile!;
        Assert.That(profile.Name, Is.EqualTo("Example Insurance"));
        Assert.That(profile.Apis.Keys, Is.EquivalentTo(new[] { "finum", "seyna" }));
        var finum = profile.Apis["finum"];
        Assert.That(finum.BaseUrl, Is.EqualTo("https://sync.example.at/finum/v1"));
        Assert.That(finum.Credentials["payload"], Is.EqualTo(new CredentialSource("FINUM_PAYLOAD", null)));
        Assert.That(finum.ImplementedOptionalOperations, Is.EquivalentTo(new[] { "downloadFile", "updateContract" }));
        Assert.That(finum.SeverityOverrides["response_headers_conformance"], Is.EqualTo(Severity.Info));
        Assert.That(finum.ExpectedFailures, Is.EqualTo(new[]
        {
            new ExpectedFailure("status_code_conformance", "unknown_ids", "listUnknown", null, "Fixed in 4.2"),
            new ExpectedFailure("negative_data_rejection", null, null, "listContracts", "Lenient by design"),
        }));
        Assert.That(finum.Inputs["*"]["brokerId"], Is.EqualTo("B-17"));
        Assert.That(finum.Inputs["proposal_callback"]["premium"], Is.EqualTo("12.5"));
        Assert.That(profile.Apis["seyna"].ImplementedOptionalOperations, Is.Null);
    }

    [Test]
    public void Load_ScopesAndWebhookPath_AreRead()
    {
        var result = Load("""
            apis:
              sivi-afs:
                credentials:
                  clientId: { env: SIVI_CLIENT_ID }
                  clientSecret: { file: sivi/client-secret.txt }
                scopes: [afs.read, afs.write, afs.read]
                webhookPath: /webhooks/sivi/
            """);

        Assert.That(result.Diagnostics, Is.Empty);
        var sivi = result.Profile!.Apis["sivi-afs"];
        Assert.That(sivi.Scopes, Is.EqualTo(new[] { "afs.read", "afs.write" }));
        Assert.That(sivi.WebhookPath, Is.EqualTo("/webhooks/sivi/"));
        Assert.That(sivi.Credentials["clientId"], Is.EqualTo(new CredentialSource("SIVI_CLIENT_ID", null)));
    }

    [Test]
    public void Load_RequestHeaders_AreReadInOrder()
    {
        var result = Load("apis:\n  thinksurance:\n    requestHeaders:\n      X-Account-Token: abc\n      X-Extra: '1'\n");

        Assert.That(result.Diagnostics, Is.Empty);
        Assert.That(result.Profile!.Apis["thinksurance"].RequestHeaders, Is.EqualTo(new KeyValuePair<string, string>[] { new("X-Account-Token", "abc"), new("X-Extra", "1") }));
    }

    [TestCase("'X Bad': v", "is not an HTTP header name")]
    [TestCase("X-Token: [a, b]", "must be a one-line text value")]
    public void Load_RequestHeaderMalformed_IsAnErrorAtItsPath(string entry, string message)
    {
        var result = Load($"apis:\n  thinksurance:\n    requestHeaders:\n      {entry}\n");

        Assert.That(result.HasErrors, Is.True);
        Assert.That(result.Diagnostics.Single().Message, Does.Contain(message));
        Assert.That(result.Diagnostics.Single().Path, Does.StartWith("apis.thinksurance.requestHeaders."));
    }

    [TestCase("webhooks/x")]
    [TestCase("/webhooks?x=1")]
    public void Load_WebhookPathNotAPath_IsAnError(string path)
    {
        var result = Load($"apis:\n  thinksurance:\n    webhookPath: '{path}'\n");

        Assert.That(result.HasErrors, Is.True);
        Assert.That(result.Diagnostics.Single().Path, Is.EqualTo("apis.thinksurance.webhookPath"));
    }

    [Test]
    public void Load_ShippedExampleProfile_HasNoDiagnostics()
    {
        var path = Path.Combine(Conformance.Specs.FixturePaths.Require(), "profiles", "example-provider.yaml");

        var result = ProviderProfileLoader.LoadFile(path);

        Assert.That(result.Diagnostics, Is.Empty, string.Join("\n", result.Diagnostics));
        Assert.That(result.Profile!.Apis.Keys, Is.EquivalentTo(new[] { "finum", "sivi-afs", "seyna", "thinksurance" }));
    }

    [Test]
    public void Load_RelativeCredentialFile_ResolvesAgainstTheProfileDirectory()
    {
        var result = Load(Complete);

        var file = result.Profile!.Apis["finum"].Credentials["privateKey"].File;
        Assert.That(file, Is.EqualTo(Path.GetFullPath(Path.Combine(BaseDirectory, "keys/consumer.key.pem"))));
    }

    [Test]
    public void Load_UnknownKey_ReportsItWithLineColumnAndSuggestion()
    {
        var error = SingleError(Load("apis:\n  finum:\n    baseURL: https://x.example/finum/v1\n"));

        Assert.That(error.Message, Does.Contain("Unknown key 'baseURL'").And.Contain("did you mean 'baseUrl'"));
        Assert.That((error.Line, error.Column), Is.EqualTo((3, 5)));
        Assert.That(error.Path, Is.EqualTo("apis.finum.baseURL"));
        Assert.That(error.ToString(), Does.StartWith("profile.yaml:3:5: error: Unknown key"));
    }

    [Test]
    public void Load_ApisIsAList_ReportsWrongType()
    {
        var error = SingleError(Load("apis:\n  - finum\n"));

        Assert.That(error.Message, Is.EqualTo("apis must be a mapping (key: value), not a list."));
        Assert.That(error.Line, Is.EqualTo(2));
    }

    [Test]
    public void Load_OperationsIsText_ReportsWrongType()
    {
        var error = SingleError(Load("apis:\n  finum:\n    implementedOptionalOperations: downloadFile\n"));

        Assert.That(error.Message, Is.EqualTo("implementedOptionalOperations must be a list, not a text value."));
    }

    [Test]
    public void Load_CredentialWithEnvAndFile_ReportsBoth()
    {
        var error = SingleError(Load("apis:\n  finum:\n    credentials:\n      key: { env: KEY, file: key.pem }\n"));

        Assert.That(error.Message, Is.EqualTo("Credential 'key' names both env and file; give exactly one."));
        Assert.That((error.Line, error.Column), Is.EqualTo((4, 12)));
    }

    [Test]
    public void Load_CredentialWithNeitherEnvNorFile_ReportsIt()
    {
        var error = SingleError(Load("apis:\n  finum:\n    credentials:\n      key: {}\n"));

        Assert.That(error.Message, Does.Contain("needs env (an environment variable) or file (a path)"));
    }

    [Test]
    public void Load_SecretWrittenInline_ReportsItWithoutRepeatingTheValue()
    {
        var error = SingleError(Load("apis:\n  finum:\n    credentials:\n      password: hunter2-secret\n"));

        Assert.That(error.Message, Does.Contain("must be { env: VARIABLE } or { file: path }"));
        Assert.That(error.ToString(), Does.Not.Contain("hunter2"));
    }

    [Test]
    public void Load_ExpectedFailureWithoutReason_ReportsIt()
    {
        var result = Load("apis:\n  finum:\n    expectedFailures:\n      - check: status_code_conformance\n");

        var error = SingleError(result);
        Assert.That(error.Message, Does.Contain("needs a 'reason'"));
        Assert.That(error.Line, Is.EqualTo(4));
        Assert.That(result.Profile!.Apis["finum"].ExpectedFailures, Is.Empty);
    }

    [Test]
    public void Load_ExpectedFailureWithEmptyReason_ReportsIt()
    {
        var error = SingleError(Load("apis:\n  finum:\n    expectedFailures:\n      - { check: a_check, reason: \"\" }\n"));

        Assert.That(error.Message, Is.EqualTo("'reason' is empty."));
    }

    [TestCase("not a url")]
    [TestCase("ftp://example.org/finum")]
    [TestCase("/finum/v1")]
    public void Load_InvalidBaseUrl_ReportsIt(string url)
    {
        var error = SingleError(Load($"apis:\n  finum:\n    baseUrl: {url}\n"));

        Assert.That(error.Message, Is.EqualTo($"baseUrl '{url}' is not an absolute http or https URL."));
        Assert.That((error.Line, error.Column), Is.EqualTo((3, 14)));
    }

    [Test]
    public void Load_BaseUrlWithPassword_ReportsItWithoutTheUrl()
    {
        var error = SingleError(Load("apis:\n  finum:\n    baseUrl: https://user:s3cret@example.org/finum\n"));

        Assert.That(error.Message, Does.Contain("must not carry user information"));
        Assert.That(error.Message, Does.Not.Contain("s3cret"));
    }

    [Test]
    public void Load_UnknownSeverity_ReportsIt()
    {
        var error = SingleError(Load("apis:\n  finum:\n    severityOverrides:\n      status_code_conformance: fatal\n"));

        Assert.That(error.Message, Is.EqualTo("Unknown severity 'fatal' (expected error, warning or info)."));
        Assert.That(error.Path, Is.EqualTo("apis.finum.severityOverrides.status_code_conformance"));
    }

    [Test]
    public void Load_MandatoryCheckLowered_ReportsIt()
    {
        var options = new ProfileLoaderOptions { MandatoryChecks = new Dictionary<string, Severity> { ["status_code_conformance"] = Severity.Error } };

        var error = SingleError(Load("apis:\n  finum:\n    severityOverrides:\n      status_code_conformance: warning\n", options));

        Assert.That(error.Message, Is.EqualTo("Check 'status_code_conformance' is mandatory: its severity cannot be lowered below error."));
    }

    [Test]
    public void Load_FormerCheckIdWithCatalogue_IsAccepted()
    {
        var options = new ProfileLoaderOptions { KnownCheckIds = new HashSet<string> { "error_body_conformance" } };

        var result = Load("apis:\n  finum:\n    severityOverrides: { problem_details_conformance: warning }\n    expectedFailures:\n      - { check: problem_details_conformance, reason: known }\n", options);

        Assert.That(result.Diagnostics, Is.Empty);
    }

    [Test]
    public void Load_MandatoryCheckRaised_IsAccepted()
    {
        var options = new ProfileLoaderOptions { MandatoryChecks = new Dictionary<string, Severity> { ["content_type_conformance"] = Severity.Warning } };

        var result = Load("apis:\n  finum:\n    severityOverrides:\n      content_type_conformance: error\n", options);

        Assert.That(result.Diagnostics, Is.Empty);
        Assert.That(result.Profile!.Apis["finum"].SeverityOverrides["content_type_conformance"], Is.EqualTo(Severity.Error));
    }

    [Test]
    public void Load_UnknownCheckAndApiWithCatalogue_ReportsBoth()
    {
        var options = new ProfileLoaderOptions
        {
            KnownApiIds = new HashSet<string> { "finum", "seyna" },
            KnownCheckIds = new HashSet<string> { "status_code_conformance" },
        };

        var result = Load("apis:\n  finum:\n    severityOverrides: { made_up_check: info }\n  acme: {}\n", options);

        Assert.That(result.Diagnostics.Select(d => d.Message), Is.EqualTo(new[]
        {
            "Unknown check 'made_up_check' (see `conformance list-checks`).",
            "Unknown API 'acme' (expected one of: finum, seyna).",
        }));
    }

    [Test]
    public void Load_InputWithMappingValue_ReportsWrongType()
    {
        var error = SingleError(Load("apis:\n  finum:\n    inputs:\n      \"*\": { broker: { id: 1 } }\n"));

        Assert.That(error.Message, Is.EqualTo("Input 'broker' must be a text value, not a mapping or list."));
    }

    [Test]
    public void Load_NoApis_ReportsIt()
    {
        var error = SingleError(Load("name: Lonely\n"));

        Assert.That(error.Message, Is.EqualTo("The profile has no 'apis'."));
    }

    [Test]
    public void Load_SeveralProblems_ReportsEveryOne()
    {
        var result = Load("nme: x\napis:\n  finum:\n    baseUrl: nope\n    severityOverrides: { a: loud }\n");

        Assert.That(result.Diagnostics, Has.Count.EqualTo(3));
    }

    [Test]
    public void LoadFile_MissingFile_ReportsItWithoutThrowing()
    {
        var result = ProviderProfileLoader.LoadFile("/nonexistent/dir/profile.yaml");

        Assert.That(result.Profile, Is.Null);
        Assert.That(result.Diagnostics.Single().Message, Is.EqualTo("Profile file '/nonexistent/dir/profile.yaml' not found."));
    }

    [Test]
    public void LoadFile_ExistingFile_ResolvesCredentialsAgainstItsDirectory()
    {
        var directory = Directory.CreateTempSubdirectory("profile-");
        try
        {
            var path = Path.Combine(directory.FullName, "provider.yaml");
            File.WriteAllText(path, "apis:\n  finum:\n    credentials:\n      key: { file: ./secrets/key.pem }\n");

            var result = ProviderProfileLoader.LoadFile(path);

            Assert.That(result.Profile!.Apis["finum"].Credentials["key"].File, Is.EqualTo(Path.Combine(directory.FullName, "secrets", "key.pem")));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
