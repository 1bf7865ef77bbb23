using Conformance.Mock.Apis.Finum.Model;

namespace Conformance.Mock.Apis.Finum.Validation;

/// <summary>What a <c>ContractCreate</c> or <c>ContractUpdate</c> body asks for, after schema checks.</summary>
public sealed record FinumContractInput
{
    private static readonly HashSet<string> CreateAllowed =
        ["status", "holderId", "productId", "foreignId", "startDate", "paymentInterval", "callbackUrl"];

    private static readonly HashSet<string> UpdateAllowed =
        ["id", "status", "startDate", "paymentInterval", "foreignId", "callbackUrl"];

    public string? Id { get; init; }
    public required int Status { get; init; }
    public string? HolderId { get; init; }
    public string? ProductId { get; init; }
    public string? ForeignId { get; init; }
    public DateOnly? StartDate { get; init; }
    public string? PaymentInterval { get; init; }
    public Uri? CallbackUrl { get; init; }

    /// <summary>Schema <c>ContractCreate</c>: status must be 120; holder and product required.</summary>
    public static FinumContractInput? ReadCreate(FinumBodyFields body, List<FinumFieldError> errors)
    {
        body.RejectUnknown(CreateAllowed);
        var status = body.Integer("status", required: true);
        if (status is not null and not 120)
        {
            body.Fail("status", "must be 120 (create proposal)");
        }

        var input = new FinumContractInput
        {
            Status = status ?? 0,
            HolderId = body.Id("holderId", true),
            ProductId = body.Id("productId", true),
            ForeignId = body.String("foreignId", false, 128),
            StartDate = body.Date("startDate", false),
            PaymentInterval = body.Enum("paymentInterval", false, ["monthly", "quarterly", "half-yearly", "yearly"]),
            CallbackUrl = body.CallbackUrl("callbackUrl"),
        };
        return errors.Count == 0 ? input : null;
    }

    /// <summary>Schema <c>ContractUpdate</c>: id and status (120 or 230) required.</summary>
    public static FinumContractInput? ReadUpdate(FinumBodyFields body, List<FinumFieldError> errors)
    {
        body.RejectUnknown(UpdateAllowed);
        var status = body.Integer("status", required: true);
        if (status is not null and not 120 and not 230)
        {
            body.Fail("status", "must be 120 (re-quote / data supplied) or 230 (order)");
        }

        var input = new FinumContractInput
        {
            Id = body.Id("id", true),
            Status = status ?? 0,
            ForeignId = body.String("foreignId", false, 128),
            StartDate = body.Date("startDate", false),
            PaymentInterval = body.Enum("paymentInterval", false, ["monthly", "quarterly", "half-yearly", "yearly"]),
            CallbackUrl = body.CallbackUrl("callbackUrl"),
        };
        return errors.Count == 0 ? input : null;
    }
}
