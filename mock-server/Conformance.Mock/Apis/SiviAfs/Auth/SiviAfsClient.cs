namespace Conformance.Mock.Apis.SiviAfs.Auth;

/// <summary>A registered OAuth client: its secret and the scopes it may be granted.</summary>
public sealed record SiviAfsClient(string Id, string Secret, IReadOnlySet<string> Scopes);
