namespace Conformance.Specs.Model.Building;

/// <summary>The operation keys of a Path Item, in the order operations are listed (OpenAPI 3.1 §4.8.9).</summary>
internal static class HttpMethods
{
    public static IReadOnlyList<string> Ordered { get; } = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    /// <summary>Position of an upper- or lower-case method in <see cref="Ordered"/>; unknown methods sort last.</summary>
    public static int Rank(string method)
    {
        for (var i = 0; i < Ordered.Count; i++)
        {
            if (string.Equals(Ordered[i], method, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return Ordered.Count;
    }
}
