using System.Text;
using Conformance.Specs.Json;
using Newtonsoft.Json.Linq;

namespace Conformance.Specs.Validation;

/// <summary>
/// Converts NJsonSchema's instance paths (<c>#/items[0].name</c>) to JSON pointers (<c>/items/0/name</c>).
/// The path is ambiguous when property names hold <c>.</c> or <c>[</c>, so it is read against the
/// instance itself: at each object the longest existing property name that fits is taken.
/// </summary>
internal static class InstancePaths
{
    public static string ToPointer(string? path, JToken? instance)
    {
        if (string.IsNullOrEmpty(path) || path == "#")
        {
            return string.Empty;
        }

        var rest = path.StartsWith("#/", StringComparison.Ordinal) ? path[2..] : path.TrimStart('#');
        var pointer = new StringBuilder();
        var token = instance;
        while (rest.Length > 0)
        {
            if (rest[0] == '[' && rest.IndexOf(']', StringComparison.Ordinal) is var close and > 0
                && int.TryParse(rest.AsSpan(1, close - 1), out var index))
            {
                pointer.Append('/').Append(index);
                token = token is JArray array && index < array.Count ? array[index] : null;
                rest = rest[(close + 1)..];
            }
            else
            {
                var name = PropertyAt(rest, token as JObject);
                pointer.Append('/').Append(JsonPointer.Escape(name));
                token = token is JObject obj ? obj[name] : null;
                rest = rest[name.Length..];
            }

            if (rest.StartsWith('.'))
            {
                rest = rest[1..];
            }
        }

        return pointer.ToString();
    }

    private static string PropertyAt(string rest, JObject? obj)
    {
        if (obj is not null)
        {
            string? best = null;
            foreach (var property in obj.Properties())
            {
                var name = property.Name;
                if (rest.StartsWith(name, StringComparison.Ordinal) && (rest.Length == name.Length || rest[name.Length] is '.' or '[')
                    && (best is null || name.Length > best.Length))
                {
                    best = name;
                }
            }

            if (best is not null)
            {
                return best;
            }
        }

        var end = rest.IndexOfAny(['.', '[']);
        return end < 0 ? rest : rest[..end];
    }
}
