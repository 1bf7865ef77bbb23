using System.Reflection;
using System.Runtime.CompilerServices;
using Newtonsoft.Json;
using WireMock.Settings;

namespace Conformance.Mock.WireMock;

/// <summary>
/// One-time work WireMock.Net.Minimal (pinned in <c>Directory.Packages.props</c>) does on its first
/// start and first request, done earlier or skipped, so it does not lengthen the provider's start:
/// <list type="bullet">
/// <item>Its first request looks for a MIME-parsing plugin by loading every assembly in the
/// application's folder and reading all their types (about 60 assemblies that nothing else loads).
/// The plugin ships only in the WireMock.Net.MimePart package; without that assembly the search can
/// only come back empty, so it is recorded as empty up front, as WireMock.Net records it after a
/// search.</item>
/// <item>Its start serialises its settings with Newtonsoft.Json (for a debug log line), whose first
/// use builds the contract of every settings type; that is done on the thread pool while the
/// modules' host is built.</item>
/// </list>
/// Either step that does not find what it expects (another WireMock.Net version) is skipped.
/// </summary>
internal static class WireMockWarmStart
{
    private const string MimePluginAssembly = "WireMock.Net.MimePart.dll";

    private static readonly Assembly Shared = typeof(global::WireMock.Util.BodyData).Assembly;

    /// <summary>Records the absent plugin now and warms the rest on the thread pool; never throws.</summary>
    public static void Begin()
    {
        try
        {
            RecordAbsentMimePlugin();
        }
#pragma warning disable CA1031 // An optimisation: if it fails, WireMock.Net searches as it always does.
        catch (Exception)
#pragma warning restore CA1031
        {
        }

        _ = Task.Run(() =>
        {
            try
            {
                _ = JsonConvert.SerializeObject(new WireMockServerSettings(), Formatting.Indented);
                if (Shared.GetType("WireMock.Util.BodyParser") is { } parser)
                {
                    RuntimeHelpers.RunClassConstructor(parser.TypeHandle);
                }
            }
#pragma warning disable CA1031 // An optimisation: whatever fails here is done again by WireMock.Net itself.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        });
    }

    /// <summary>The search covers the folder WireMock.Net's assemblies were loaded from (and the host's).</summary>
    private static void RecordAbsentMimePlugin()
    {
        var folder = Path.GetDirectoryName(Shared.Location);
        if (string.IsNullOrEmpty(folder) || File.Exists(Path.Combine(folder, MimePluginAssembly)))
        {
            return;
        }

        var loader = Shared.GetType("WireMock.Util.TypeLoader");
        var mime = Shared.GetType("WireMock.Util.IMimeKitUtils");
        if (loader?.GetField("StaticInstancesWhichCannotBeFound", BindingFlags.Static | BindingFlags.NonPublic)?.GetValue(null) is System.Collections.Concurrent.ConcurrentBag<Type> absent
            && mime is not null && !absent.Contains(mime))
        {
            absent.Add(mime);
        }
    }
}
