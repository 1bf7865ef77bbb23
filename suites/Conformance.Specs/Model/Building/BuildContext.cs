using Conformance.Specs.Loading;

namespace Conformance.Specs.Model.Building;

/// <summary>What every part of the view builder needs: reference resolution, diagnostics and document-wide defaults.</summary>
internal sealed record BuildContext(RefResolver Resolver, DiagnosticSink Diagnostics, IReadOnlyList<IReadOnlyList<string>> GlobalSecurity);
