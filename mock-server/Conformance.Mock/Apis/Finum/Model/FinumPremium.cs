namespace Conformance.Mock.Apis.Finum.Model;

/// <summary>Schema <c>Premium</c>: per payment interval, in <see cref="Currency"/>, rounded to cents.</summary>
public sealed record FinumPremium(double Net, double Tax, double Gross, string Currency);
