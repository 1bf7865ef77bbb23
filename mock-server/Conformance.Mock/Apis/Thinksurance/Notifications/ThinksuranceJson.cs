using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Conformance.Mock.Apis.Thinksurance.Model;

namespace Conformance.Mock.Apis.Thinksurance.Notifications;

/// <summary>The contract's JSON shapes of stored records: agency-number sets and IP Notifications (with <c>sHash</c>).</summary>
public static class ThinksuranceJson
{
    /// <summary><c>YYYY-MM-DD hh:mm:ss</c>, UTC.</summary>
    public static string UtcText(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public static JsonObject AgencyNumberSets(IEnumerable<AgencyHolder> holders) => new()
    {
        ["agencyNumberSets"] = new JsonArray([.. holders.Select(h => (JsonNode)new JsonObject
        {
            [h.Insurer.Field] = h.Insurer.Value,
            ["agencyNumbers"] = new JsonArray([.. h.Numbers.Select(n => (JsonNode)Number(n))]),
        })]),
    };

    /// <summary>IP Notifications keyed by inquiry id, ascending; <paramref name="secret"/> keys the <c>sHash</c>.</summary>
    public static JsonObject Notifications(IEnumerable<(Inquiry Inquiry, Broker Broker)> inquiries, string secret)
    {
        var map = new JsonObject();
        foreach (var (inquiry, broker) in inquiries.OrderBy(i => i.Inquiry.Id))
        {
            map[inquiry.Id.ToString(CultureInfo.InvariantCulture)] = Notification(inquiry, broker, secret);
        }

        return map;
    }

    public static JsonObject Notification(Inquiry inquiry, Broker broker, string secret)
    {
        ArgumentNullException.ThrowIfNull(inquiry);
        ArgumentNullException.ThrowIfNull(broker);
        var data = Data(inquiry, broker);
        var hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(CanonicalJson.Write(data)));
        var notification = new JsonObject { ["sHash"] = Convert.ToHexStringLower(hash), ["data"] = data };
        if (inquiry.Customer is { } customer)
        {
            notification["customer"] = Customer(customer);
        }

        if (inquiry.Documents.Count > 0)
        {
            notification["docs"] = new JsonArray([.. inquiry.Documents.Select(d => (JsonNode)new JsonObject
            {
                ["dId"] = d.Id,
                ["dName"] = d.Name,
                ["dType"] = d.Type,
                ["dMimeType"] = d.MimeType,
                ["dCreated"] = UtcText(d.Created),
            })]);
        }

        return notification;
    }

    private static JsonObject Data(Inquiry inquiry, Broker broker)
    {
        var data = new JsonObject
        {
            ["bToken"] = broker.Token,
            ["bExternalId"] = broker.ExternalId,
            ["iId"] = inquiry.Id,
            ["iCreated"] = UtcText(inquiry.Created),
            ["iUpdated"] = UtcText(inquiry.Updated),
            ["productName"] = inquiry.ProductName,
            ["productId"] = inquiry.ProductId,
        };
        Optional(data, "industryId", inquiry.IndustryId);
        Optional(data, "professionName", inquiry.ProfessionName);
        Optional(data, "professionId", inquiry.ProfessionId);
        data["status"] = inquiry.Status;
        if (inquiry.EmployeesFullTime is { } fullTime)
        {
            var partTime = inquiry.EmployeesPartTime ?? 0;
            data["employees"] = new JsonObject { ["total"] = fullTime + partTime, ["fullTime"] = fullTime, ["partTime"] = partTime };
        }

        if (inquiry.RevenueCents is { } cents)
        {
            data["revenue"] = $"{(cents / 100).ToString(CultureInfo.InvariantCulture)}.{(cents % 100).ToString("D2", CultureInfo.InvariantCulture)}";
        }

        Optional(data, "insurerName", inquiry.InsurerName);
        Optional(data, "agencyNumber", inquiry.AgencyNumber);
        Optional(data, "externalInsurerId", inquiry.ExternalInsurerId);
        Optional(data, "externalUniqueId", inquiry.ExternalUniqueId);
        return data;
    }

    private static JsonObject Customer(InquiryCustomer customer)
    {
        var json = new JsonObject { ["cId"] = customer.Id, ["cCompany"] = customer.Company };
        Optional(json, "cSalutation", customer.Salutation);
        Optional(json, "cFirstName", customer.FirstName);
        Optional(json, "cLastName", customer.LastName);
        Optional(json, "cStreet", customer.Street);
        Optional(json, "cStreetNumber", customer.StreetNumber);
        json["cZip"] = customer.Zip;
        json["cCity"] = customer.City;
        Optional(json, "cEmail", customer.Email);
        Optional(json, "cPhone", customer.Phone);
        return json;
    }

    private static JsonObject Number(AgencyNumber number)
    {
        var json = new JsonObject { ["agencyNumber"] = number.Number };
        Optional(json, "matchCode", number.MatchCode);
        Optional(json, "externalInsurerId", number.ExternalInsurerId);
        Optional(json, "externalUniqueId", number.ExternalUniqueId);
        json["defaultForTenders"] = number.DefaultForTenders;
        json["defaultForCalculations"] = number.DefaultForCalculations;
        Optional(json, "collectionType", number.CollectionType);
        Optional(json, "internalComment", number.InternalComment);
        json["active"] = number.Active;
        return json;
    }

    private static void Optional(JsonObject json, string name, string? value)
    {
        if (value is not null)
        {
            json[name] = value;
        }
    }

    private static void Optional(JsonObject json, string name, int? value)
    {
        if (value is { } number)
        {
            json[name] = number;
        }
    }
}
