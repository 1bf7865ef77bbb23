namespace Conformance.Mock.Apis.SiviAfs.Catalog;

/// <summary>The entities of one cluster's structure (without <c>commonFunctional</c>), in the contract's order.</summary>
public sealed record SiviAfsStructure(SiviAfsCluster Cluster, IReadOnlyList<SiviAfsEntity> Entities)
{
    public SiviAfsEntity? Find(string entity) => Entities.FirstOrDefault(e => e.Name == entity);

    public SiviAfsEntity Main => Find(Cluster.MainEntity) ?? throw new InvalidOperationException($"The {Cluster.Name} structure has no main entity.");
}
