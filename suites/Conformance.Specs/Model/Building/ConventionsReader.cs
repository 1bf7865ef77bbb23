using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Specs.Json;
using Conformance.Specs.Model.Conventions;

namespace Conformance.Specs.Model.Building;

/// <summary>
/// Typed access to the members of <c>x-conformance</c> objects: a member of the wrong kind, an
/// unknown member or a malformed pattern is an error diagnostic at its pointer and reads as absent,
/// so one mistake never hides the others.
/// </summary>
internal sealed class ConventionsReader(BuildContext context)
{
    public BuildContext Context { get; } = context;

    public void Error(string message, string pointer) => Context.Diagnostics.Error($"x-conformance: {message}", pointer);

    /// <summary>The object at <paramref name="name"/>, or null (with an error when present but not an object).</summary>
    public JsonObject? Object(JsonObject owner, string pointer, string name, params string[] allowed)
    {
        if (!owner.TryGetPropertyValue(name, out var node))
        {
            return null;
        }

        var at = JsonPointer.Append(pointer, name);
        if (node is not JsonObject obj)
        {
            Error($"'{name}' must be an object", at);
            return null;
        }

        Members(obj, at, allowed);
        return obj;
    }

    /// <summary>Reports members not in <paramref name="allowed"/> (none allowed means any).</summary>
    public void Members(JsonObject obj, string pointer, IReadOnlyCollection<string> allowed)
    {
        if (allowed.Count == 0)
        {
            return;
        }

        foreach (var (key, _) in obj.Where(p => !allowed.Contains(p.Key)))
        {
            Error($"unknown member '{key}' (known: {string.Join(", ", allowed)})", JsonPointer.Append(pointer, key));
        }
    }

    public string? String(JsonObject owner, string pointer, string name)
    {
        if (!owner.TryGetPropertyValue(name, out var node))
        {
            return null;
        }

        if (node.AsString() is { } text)
        {
            return text;
        }

        Error($"'{name}' must be a string", JsonPointer.Append(pointer, name));
        return null;
    }

    /// <summary>A JSON pointer (pattern) member: empty or starting with '/'.</summary>
    public string? Pointer(JsonObject owner, string pointer, string name)
    {
        var text = String(owner, pointer, name);
        if (text is not null && !JsonPointerPattern.IsValid(text))
        {
            Error($"'{name}' must be a JSON pointer starting with '/' (got '{text}')", JsonPointer.Append(pointer, name));
            return null;
        }

        return text;
    }

    /// <summary>An array of strings; a single string is read as a list of one.</summary>
    public IReadOnlyList<string>? Strings(JsonObject owner, string pointer, string name)
    {
        if (!owner.TryGetPropertyValue(name, out var node))
        {
            return null;
        }

        var at = JsonPointer.Append(pointer, name);
        if (node.AsString() is { } single)
        {
            return [single];
        }

        if (node is JsonArray array && array.All(i => i.AsString() is not null))
        {
            return [.. array.Select(i => i.AsString()!)];
        }

        // Status codes are often written unquoted (401); accept integers there too.
        if (node is JsonArray mixed && mixed.All(i => i is JsonValue v && v.GetValueKind() is JsonValueKind.String or JsonValueKind.Number))
        {
            return [.. mixed.Select(i => i!.ToJsonString().Trim('"'))];
        }

        Error($"'{name}' must be an array of strings", at);
        return null;
    }

    /// <summary>Status patterns (<c>401</c>, <c>4XX</c>); invalid ones are reported and left out.</summary>
    public IReadOnlyList<string>? Statuses(JsonObject owner, string pointer, string name)
    {
        if (Strings(owner, pointer, name) is not { } statuses)
        {
            return null;
        }

        var valid = statuses.Where(StatusPatterns.IsValid).ToList();
        foreach (var bad in statuses.Except(valid))
        {
            Error($"'{bad}' is not a status code or class (e.g. 401, 4XX)", JsonPointer.Append(pointer, name));
        }

        return valid;
    }

    /// <summary>An operation id that must exist among the path operations.</summary>
    public bool KnownOperation(string operationId, string pointer, IReadOnlyList<SpecOperation> operations)
    {
        if (operations.Any(o => o.OperationId == operationId))
        {
            return true;
        }

        Error($"no operation '{operationId}' in this contract", pointer);
        return false;
    }
}
