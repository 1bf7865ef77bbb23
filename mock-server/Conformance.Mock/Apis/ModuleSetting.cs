namespace Conformance.Mock.Apis;

/// <summary>One value given for a module's <see cref="ModuleOption"/>, e.g. (<c>finum</c>, <c>proposalDelay</c>, <c>5s</c>).</summary>
public sealed record ModuleSetting(string ApiId, string Name, string Value);
