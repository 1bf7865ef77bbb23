using System.Text;
using Conformance.Specs.Json;

namespace Conformance.Mock.Seeding;

/// <summary>Turns System.Text.Json's error paths (<c>$.a.b[2]['c d']</c>) into JSON pointers (<c>/a/b/2/c d</c>).</summary>
internal static class JsonPathText
{
    public static string ToPointer(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return string.Empty;
        }

        var pointer = new StringBuilder();
        var i = path[0] == '$' ? 1 : 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = i + 1;
                while (end < path.Length && path[end] is not ('.' or '['))
                {
                    end++;
                }

                Append(pointer, path[(i + 1)..end]);
                i = end;
            }
            else if (path[i] == '[' && i + 1 < path.Length && path[i + 1] == '\'')
            {
                var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                end = end < 0 ? path.Length : end;
                Append(pointer, path[(i + 2)..end]);
                i = Math.Min(path.Length, end + 2);
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                end = end < 0 ? path.Length : end;
                Append(pointer, path[(i + 1)..end]);
                i = Math.Min(path.Length, end + 1);
            }
            else
            {
                i++;
            }
        }

        return pointer.ToString();
    }

    private static void Append(StringBuilder pointer, string token) => pointer.Append('/').Append(JsonPointer.Escape(token));
}
