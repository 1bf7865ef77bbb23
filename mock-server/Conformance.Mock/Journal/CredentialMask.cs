namespace Conformance.Mock.Journal;

/// <summary>How the journals show credentials: the scheme stays (a reader can tell Basic from Bearer), the secret does not.</summary>
public static class CredentialMask
{
    public static bool IsCredentialHeader(string name) =>
        name.Equals("Authorization", StringComparison.OrdinalIgnoreCase) || name.Equals("Proxy-Authorization", StringComparison.OrdinalIgnoreCase);

    /// <summary><c>Bearer abc</c> → <c>Bearer ***</c>; a value without a scheme → <c>***</c>; other headers unchanged.</summary>
    public static string Mask(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        if (!IsCredentialHeader(name))
        {
            return value;
        }

        var space = value.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 ? value[..space] + " ***" : "***";
    }
}
