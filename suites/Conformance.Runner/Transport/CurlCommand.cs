using System.Text;
using Conformance.Runner.Results;

namespace Conformance.Runner.Transport;

/// <summary>A POSIX-shell <c>curl</c> line for an already masked request.</summary>
public static class CurlCommand
{
    public static string For(HttpRequestRecord request)
    {
        var builder = new StringBuilder("curl -i -X ").Append(request.Method).Append(' ').Append(Quote(request.Url));
        foreach (var (name, value) in request.Headers)
        {
            builder.Append(" -H ").Append(Quote($"{name}: {value}"));
        }

        if (request.Body is not null)
        {
            builder.Append(" --data-raw ").Append(Quote(request.Body));
        }

        return builder.ToString();
    }

    private static string Quote(string text) => $"'{text.Replace("'", "'\\''", StringComparison.Ordinal)}'";
}
