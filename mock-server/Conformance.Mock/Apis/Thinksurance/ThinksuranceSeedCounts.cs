namespace Conformance.Mock.Apis.Thinksurance;

public sealed record ThinksuranceSeedCounts
{
    public int Brokers { get; init; }

    /// <summary>Spread round-robin over the brokers.</summary>
    public int Inquiries { get; init; }

    public int AgencyNumbersPerBroker { get; init; }

    /// <summary>The account's own set (<c>X-Account-Token</c> alone).</summary>
    public int AccountAgencyNumbers { get; init; }
}
