namespace Conformance.Specs.Model;

/// <summary>
/// A security scheme. <see cref="Type"/> is the OpenAPI type (<c>http</c>, <c>apiKey</c>,
/// <c>oauth2</c>, <c>openIdConnect</c>, <c>mutualTLS</c>); <see cref="Scheme"/> is the HTTP scheme
/// (<c>bearer</c>, <c>basic</c>); <see cref="In"/>/<see cref="ParameterName"/> are set for apiKey;
/// <see cref="TokenUrl"/> for OAuth2 client credentials.
/// </summary>
public sealed record SpecSecurityScheme(
    string Name,
    string Type,
    string? Scheme,
    string? BearerFormat,
    string? In,
    string? ParameterName,
    string? TokenUrl,
    string? Description);
