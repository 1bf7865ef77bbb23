using Conformance.Mock.Auth;
using Conformance.Mock.State;

namespace Conformance.Mock.Apis.SiviAfs.Auth;

/// <summary>
/// The module's token issuer, made on first use because the lifetime comes from <c>seed.yaml</c>,
/// which is read in the background while the host starts. Reset revokes every token.
/// </summary>
public sealed class SiviAfsTokens(TimeProvider clock, Func<TimeSpan> lifetime) : IResettable
{
    private readonly Lazy<OpaqueTokenIssuer> issuer = new(() => new OpaqueTokenIssuer(clock, lifetime()), LazyThreadSafetyMode.ExecutionAndPublication);

    public OpaqueTokenIssuer Issuer => issuer.Value;

    public void Reset()
    {
        if (issuer.IsValueCreated)
        {
            issuer.Value.Reset();
        }
    }
}
