using Conformance.Mock.Defects;

namespace Conformance.Mock.Apis.SiviAfs;

/// <summary>The active SIVI defects, read once at start.</summary>
public sealed class SiviAfsDefectSwitches(ActiveDefects defects)
{
    public bool EmptyListInsteadOfNoContent { get; } = defects.IsOn(SiviAfsDefects.EmptyListInsteadOfNoContent);
    public bool BadRequestForUnknownId { get; } = defects.IsOn(SiviAfsDefects.BadRequestForUnknownId);
    public bool FilterIgnored { get; } = defects.IsOn(SiviAfsDefects.FilterIgnored);
    public bool SortIgnored { get; } = defects.IsOn(SiviAfsDefects.SortIgnored);
    public bool ValidOnIgnored { get; } = defects.IsOn(SiviAfsDefects.ValidOnIgnored);
    public bool LocationMissing { get; } = defects.IsOn(SiviAfsDefects.LocationMissing);
    public bool MalformedErrorEntity { get; } = defects.IsOn(SiviAfsDefects.MalformedErrorEntity);
    public bool WriteScopeIgnored { get; } = defects.IsOn(SiviAfsDefects.WriteScopeIgnored);
}
