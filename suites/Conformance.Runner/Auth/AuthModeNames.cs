using Conformance.Runner.Arazzo;

namespace Conformance.Runner.Auth;

/// <summary>
/// The spellings of wrong-credential modes shared by <c>x-conformance-auth</c> on steps and
/// <c>x-conformance-wrong-credentials</c> on security schemes. <c>missing</c> is <see cref="AuthMode.None"/>.
/// </summary>
public static class AuthModeNames
{
    private static readonly (string Name, AuthMode Mode)[] Names =
    [
        ("missing", AuthMode.None),
        ("wrong-secret", AuthMode.WrongSecret),
        ("expired", AuthMode.Expired),
        ("forged", AuthMode.Forged),
        ("wrong-key", AuthMode.WrongKey),
        ("alg-none", AuthMode.AlgNone),
        ("missing-scope", AuthMode.MissingScope),
        ("garbage", AuthMode.Garbage),
    ];

    /// <summary>Every mode, in the order cases are generated.</summary>
    public static IReadOnlyList<AuthMode> InOrder { get; } = [.. Names.Select(n => n.Mode)];

    public static bool TryParse(string name, out AuthMode mode)
    {
        foreach (var (n, m) in Names)
        {
            if (string.Equals(n, name, StringComparison.Ordinal))
            {
                mode = m;
                return true;
            }
        }

        mode = AuthMode.Default;
        return false;
    }

    public static string Name(AuthMode mode) => Names.FirstOrDefault(n => n.Mode == mode).Name ?? mode.ToString().ToLowerInvariant();
}
