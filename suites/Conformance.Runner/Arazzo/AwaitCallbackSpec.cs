namespace Conformance.Runner.Arazzo;

/// <summary>
/// <c>x-conformance-await-callback</c>: wait for an inbound request whose <see cref="Match"/>
/// expression (evaluated on the inbound request) equals <see cref="EqualsValue"/> (evaluated in the
/// step's scope). <see cref="Timeout"/> defaults to 30 s; <see cref="RespondWith"/> to 204.
/// </summary>
public sealed record AwaitCallbackSpec(string Match, string EqualsValue, TimeSpan Timeout, int RespondWith)
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);
    public const int DefaultRespondWith = 204;
}
