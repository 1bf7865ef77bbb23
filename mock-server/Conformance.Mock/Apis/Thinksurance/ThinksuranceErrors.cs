namespace Conformance.Mock.Apis.Thinksurance;

/// <summary>The contract's error catalogue (<c>ErrorResponse</c>): the exact texts, <c>&lt;...&gt;</c> filled in by the builders.</summary>
public static class ThinksuranceErrors
{
    public const string ApiUser = "API User is not existing or deactivated.";
    public const string InvalidJson = "Invalid JSON payload.";
    public const string TooLarge = "Payload too large.";
    public const string TokenMissing = "Authorization token is missing.";
    public const string TokenInvalid = "Token is invalid or expired.";
    public const string TenantHeaderRequired = "X-Broker-Token or X-Account-Token header is required.";
    public const string AccountHeaderRequired = "X-Account-Token header is required.";
    public const string AccountNotFound = "Account not found.";
    public const string BrokerNotFound = "Broker not found.";
    public const string BrokerOfOtherAccount = "Broker does not belong to this account.";
    public const string NameRequired = "Either bLastName or bCompany is required.";
    public const string BrokerExists = "Broker already exists.";
    public const string InquiryNotFound = "Inquiry not found.";
    public const string TenantTokenRequired = "Missing required field: bToken or aToken";

    public static string Missing(string path) => $"Missing required field: {path}";

    public static string Invalid(string path) => $"Invalid value for field: {path}";

    public static string Unknown(string path) => $"Unknown field: {path}";

    public static string ExactlyOneInsurerId(string holderPath) => $"Exactly one of baFinId, insurerId, supervisingAuthorityId is required: {holderPath}";

    public static string AtMostOneInsurerId(string holderPath) => $"At most one of baFinId, insurerId, supervisingAuthorityId is allowed: {holderPath}";

    public static string SelectorFieldRequired(string selectorPath) => $"One of agencyNumber, externalUniqueId, externalInsurerId is required: {selectorPath}";

    public static string UniqueIdInUse(string value) => $"externalUniqueId is already in use: {value}";

    public static string AgencyNumberNotFound(string path) => $"Agency number not found: {path}";
}
