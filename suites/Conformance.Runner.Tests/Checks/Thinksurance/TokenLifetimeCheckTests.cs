using Conformance.Runner.Checks;
using Conformance.Runner.Checks.Thinksurance;

namespace Conformance.Runner.Tests.Checks.Thinksurance;

public sealed class TokenLifetimeCheckTests
{
    private static readonly TokenLifetimeCheck Check = new();

    private static ExchangeContext Token(string expired, string? date, string operationId = "createToken")
    {
        var plain = CheckTestData.Contract("thinksurance", operationId, 200, $$"""{"token":"abc","expired":"{{expired}}"}""");
        var response = plain.Exchange.Response! with
        {
            Headers = date is null ? plain.Exchange.Response!.Headers : [.. plain.Exchange.Response!.Headers, new("Date", date)],
        };
        return new ExchangeContext(plain.Spec, plain.Operation, plain.Exchange with { Response = response }) { ApiId = "thinksurance" };
    }

    [TestCase("createToken")]
    [TestCase("createTokenAlias")]
    public void Evaluate_FifteenMinutesAfterTheAnswer_Passes(string operationId) =>
        Assert.That(CheckTestData.Run(Check, Token("2026-01-01 00:15:00", "Thu, 01 Jan 2026 00:00:00 GMT", operationId)), Is.Empty);

    [Test]
    public void Evaluate_TruncatedToTheSecond_Passes() =>
        Assert.That(CheckTestData.Run(Check, Token("2026-01-01 00:14:59", "Thu, 01 Jan 2026 00:00:00 GMT")), Is.Empty);

    [TestCase("2076-01-01 00:00:00")]
    [TestCase("2026-01-01 01:00:00")]
    [TestCase("2026-01-01 00:05:00")]
    [TestCase("2025-12-31 23:59:00")]
    public void Evaluate_OtherLifetime_Fails(string expired) =>
        Assert.That(CheckTestData.Run(Check, Token(expired, "Thu, 01 Jan 2026 00:00:00 GMT")).Single().InstancePointer, Is.EqualTo("/expired"));

    [Test]
    public void AppliesTo_AnswerWithoutDate_IsFalse() =>
        Assert.That(Check.AppliesTo(Token("2076-01-01 00:00:00", null)), Is.False);

    [Test]
    public void AppliesTo_RefusedTokenRequest_IsFalse() =>
        Assert.That(Check.AppliesTo(CheckTestData.Contract("thinksurance", "createToken", 200, """{"error":"API User is not existing or deactivated."}""")), Is.False);
}
