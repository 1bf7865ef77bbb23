using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Conformance.Specs.Json;

namespace Conformance.Mock.Seeding;

/// <summary>
/// The .NET type a key of a settings record binds to, found by walking a JSON pointer through the
/// record's properties (camelCase names or <see cref="JsonPropertyNameAttribute"/>), list elements and
/// dictionary values. Used only to word an error, so reflection here costs nothing at a good start.
/// </summary>
internal static class SeedKeyTypes
{
    public static Type? At(Type root, string pointer)
    {
        Type? type = root;
        foreach (var token in JsonPointer.Split(pointer))
        {
            type = type is null ? null : Child(type, token);
        }

        return type;
    }

    private static Type? Child(Type type, string token)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (type.IsGenericType)
        {
            var arguments = type.GetGenericArguments();
            var definition = type.GetGenericTypeDefinition();
            if (arguments.Length == 2 && definition.Name.Contains("Dictionary", StringComparison.Ordinal))
            {
                return arguments[1];
            }

            if (arguments.Length == 1 && typeof(System.Collections.IEnumerable).IsAssignableFrom(type))
            {
                return arguments[0];
            }
        }

        var property = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).FirstOrDefault(p =>
            (p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name)) == token);
        return property?.PropertyType;
    }
}
