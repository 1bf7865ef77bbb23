namespace Conformance.Mock.Apis.Seyna.Seeding;

/// <summary>What happens to a seeded contract after version 1.</summary>
public enum SeynaContractFate
{
    Running,
    CancelledEarly,
    Retracted,
}
