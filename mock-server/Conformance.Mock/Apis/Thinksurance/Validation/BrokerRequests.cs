using System.Text.Json;
using Conformance.Mock.Apis.Thinksurance.Model;

namespace Conformance.Mock.Apis.Thinksurance.Validation;

/// <summary>Reads the bodies of <c>createBroker</c> and <c>getBrokerToken</c>; the first problem in the documented order, or the request.</summary>
public static class BrokerRequests
{
    private static readonly FieldRule Type = FieldRule.Choice("type", true, 1, 2);
    private static readonly FieldRule ExternalId = FieldRule.Text("bExternalId", 1, 64, required: true);
    private static readonly FieldRule Email = new("bEmail", FieldKind.String) { Required = true, Max = 254, Email = true };
    private static readonly FieldRule LastName = FieldRule.Text("bLastName", 1, 100);
    private static readonly FieldRule Company = FieldRule.Text("bCompany", 1, 200);

    private static readonly IReadOnlyList<FieldRule> Create =
    [
        Type, ExternalId, FieldRule.Choice("bGender", false, 1, 2), FieldRule.Text("bFirstName", 0, 100), LastName, Email, Company,
        FieldRule.Text("bStreet", 0, 100), FieldRule.Text("bStreetNumber", 0, 20), FieldRule.Text("bZip", 0, 10),
        FieldRule.Text("bCity", 0, 100), FieldRule.Text("bPhone", 0, 50), FieldRule.Text("bCompanyRegNumber", 0, 50),
        FieldRule.Text("bRegNumber", 0, 50),
    ];

    private static readonly IReadOnlyList<FieldRule> Lookup = [Type, ExternalId, Email, LastName, Company];

    /// <param name="token">The new broker's token (used only when the body is valid).</param>
    public static (Broker? Broker, string? Problem) ReadCreate(JsonElement body, string token)
    {
        var problems = new RequestProblems();
        var fields = ObjectShape.Check(body, string.Empty, Create, problems);
        NameRule(body, problems);
        if (problems.Any)
        {
            return (null, problems.First);
        }

        return (new Broker
        {
            Token = token,
            Type = fields["type"].GetInt32(),
            ExternalId = fields["bExternalId"].GetString()!,
            Email = fields["bEmail"].GetString()!,
            Gender = fields.TryGetValue("bGender", out var gender) ? gender.GetInt32() : null,
            FirstName = ObjectShape.Text(fields, "bFirstName"),
            LastName = ObjectShape.Text(fields, "bLastName"),
            Company = ObjectShape.Text(fields, "bCompany"),
            Street = ObjectShape.Text(fields, "bStreet"),
            StreetNumber = ObjectShape.Text(fields, "bStreetNumber"),
            Zip = ObjectShape.Text(fields, "bZip"),
            City = ObjectShape.Text(fields, "bCity"),
            Phone = ObjectShape.Text(fields, "bPhone"),
            CompanyRegNumber = ObjectShape.Text(fields, "bCompanyRegNumber"),
            RegNumber = ObjectShape.Text(fields, "bRegNumber"),
        }, null);
    }

    public static ((int Type, string ExternalId, string Email)? Key, string? Problem) ReadLookup(JsonElement body)
    {
        var problems = new RequestProblems();
        var fields = ObjectShape.Check(body, string.Empty, Lookup, problems);
        NameRule(body, problems);
        return problems.Any
            ? (null, problems.First)
            : ((fields["type"].GetInt32(), fields["bExternalId"].GetString()!, fields["bEmail"].GetString()!), null);
    }

    private static void NameRule(JsonElement body, RequestProblems problems)
    {
        if (!body.TryGetProperty("bLastName", out _) && !body.TryGetProperty("bCompany", out _))
        {
            problems.Add(ProblemRank.Rule, ThinksuranceErrors.NameRequired);
        }
    }
}
