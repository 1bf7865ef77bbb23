using Conformance.Mock.Apis.Finum.Model;

namespace Conformance.Mock.Apis.Finum.Validation;

/// <summary>Schema <c>ClientCreate</c>, closed; a person needs <c>lastName</c>, a company <c>companyName</c>.</summary>
public static class FinumClientInput
{
    private static readonly HashSet<string> Allowed =
        ["foreignId", "type", "salutation", "firstName", "lastName", "companyName", "birthDate", "email", "phone", "address"];

    private static readonly HashSet<string> AddressAllowed = ["street", "houseNumber", "postalCode", "city", "country"];

    /// <summary>A client without id and timestamps, or null when <paramref name="errors"/> got entries.</summary>
    public static FinumClient? Read(FinumBodyFields body, List<FinumFieldError> errors)
    {
        body.RejectUnknown(Allowed);
        var type = body.Enum("type", required: true, ["person", "company"]);
        var client = new FinumClient
        {
            Id = "",
            Type = type ?? "",
            ForeignId = body.String("foreignId", false, 128),
            Salutation = body.Enum("salutation", false, ["mr", "ms", "diverse"]),
            FirstName = body.String("firstName", false, 100),
            LastName = body.String("lastName", type == "person", 100),
            CompanyName = body.String("companyName", type == "company", 200),
            BirthDate = body.Date("birthDate", false),
            Email = body.Email("email", false),
            Phone = body.String("phone", false, 40),
            Address = ReadAddress(body.Object("address", false)),
            CreatedAt = default,
            UpdatedAt = default,
        };
        return errors.Count == 0 ? client : null;
    }

    private static FinumAddress? ReadAddress(FinumBodyFields? address)
    {
        if (address is null)
        {
            return null;
        }

        address.RejectUnknown(AddressAllowed);
        var street = address.String("street", true, 200, 1);
        var houseNumber = address.String("houseNumber", false, 20);
        var postalCode = address.String("postalCode", true, 20, 1);
        var city = address.String("city", true, 100, 1);
        var country = address.String("country", true, 2, 2);
        if (country is not null && !(char.IsAsciiLetterUpper(country[0]) && char.IsAsciiLetterUpper(country[1])))
        {
            address.Fail("country", "must match ^[A-Z]{2}$ (ISO 3166-1 alpha-2)");
            return null;
        }

        return street is null || postalCode is null || city is null || country is null
            ? null
            : new FinumAddress { Street = street, HouseNumber = houseNumber, PostalCode = postalCode, City = city, Country = country };
    }
}
