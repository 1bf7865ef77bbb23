using Conformance.Runner.Arazzo;
using Conformance.Runner.Auth;
using Conformance.Runner.Transport;
using Conformance.Specs.Model;

namespace Conformance.Runner.Tests.Support;

/// <summary>Builds the context a credential provider gets, for calling providers directly.</summary>
public static class CredentialContexts
{
    public static CredentialContext For(ApiSpec spec, string schemeName, AuthMode mode, IHttpTransport? transport = null, string operationId = "", string baseUrl = "http://provider.test/test/v1")
    {
        var operation = spec.FindOperation(operationId) ?? spec.Operations.First(o => o.Security.Any(r => r.Contains(schemeName)));
        return new CredentialContext
        {
            Spec = spec,
            Operation = operation,
            Scheme = spec.SecuritySchemes[schemeName],
            Mode = mode,
            RequiredScopes = SchemeExtensions.RequiredScopes(spec, operation, schemeName),
            Tokens = new TokenClient(transport ?? new InMemoryTransport(_ => InMemoryTransport.Json(500, null)), baseUrl, null),
        };
    }
}
