using Conformance.Runner.Arazzo;
using Conformance.Specs.Model;

namespace Conformance.Runner.Auth;

/// <summary>
/// Produces the headers that authenticate a request for one kind of security scheme, in the
/// requested <see cref="AuthMode"/> (valid, expired, forged, …). Modes a scheme cannot express
/// (e.g. <c>expired</c> for HTTP Basic) fall back to a wrong credential.
/// </summary>
public interface ICredentialProvider
{
    bool CanHandle(SpecSecurityScheme scheme);

    IReadOnlyList<KeyValuePair<string, string>> CreateHeaders(SpecSecurityScheme scheme, AuthMode mode);
}
