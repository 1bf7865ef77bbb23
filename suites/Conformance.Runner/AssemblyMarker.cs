namespace Conformance.Runner;
internal static class AssemblyMarker;
