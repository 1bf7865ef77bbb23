namespace Conformance.Runner.Reporting.Html;

/// <summary>Fragment ids of the page, so the fix list can link to each place a check failed.</summary>
internal static class Anchors
{
    public static string Api(string apiId) => HtmlText.Id("api", apiId);

    public static string Flow(string apiId, string workflowId) => HtmlText.Id("flow", apiId, workflowId);

    /// <summary>By position: a step id can repeat within a flow (goto, loops).</summary>
    public static string Step(string apiId, string workflowId, int index) =>
        HtmlText.Id("step", apiId, workflowId, index.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static string Operation(string apiId, string operationId) => HtmlText.Id("op", apiId, operationId);

    public static string Case(string apiId, string caseId) => HtmlText.Id("case", apiId, caseId);
}
