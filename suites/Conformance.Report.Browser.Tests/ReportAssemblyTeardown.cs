using Conformance.Report.Browser.Tests.Support;

namespace Conformance.Report.Browser.Tests;

/// <summary>Deletes the shared report once every test of the assembly ran.</summary>
[SetUpFixture]
public sealed class ReportAssemblyTeardown
{
    [OneTimeTearDown]
    public Task DeleteReportAsync() => FailingReport.DeleteAsync();
}
