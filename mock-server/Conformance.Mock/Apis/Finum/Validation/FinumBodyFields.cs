using System.Globalization;
using System.Text.Json;
using Conformance.Mock.Apis.Finum.Model;
using Conformance.Mock.Text;

namespace Conformance.Mock.Apis.Finum.Validation;

/// <summary>
/// Reads typed properties of one JSON object of a request body, adding a <see cref="FinumFieldError"/>
/// with a JSON Pointer for each violation instead of throwing. <c>null</c> is never a valid value:
/// the contract omits optional properties instead.
/// </summary>
public sealed class FinumBodyFields(JsonElement element, List<FinumFieldError> errors, string pointer = "")
{
    public string Pointer => pointer;

    /// <summary>Flags properties outside <paramref name="allowed"/> and duplicated property names.</summary>
    public void RejectUnknown(IReadOnlySet<string> allowed)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!allowed.Contains(property.Name))
            {
                errors.Add(new(PointerOf(property.Name), "unknown property (request bodies are closed)"));
            }
            else if (!seen.Add(property.Name))
            {
                errors.Add(new(PointerOf(property.Name), "property given more than once"));
            }
        }
    }

    /// <summary>Records a rule violation found by the caller.</summary>
    public void Fail(string name, string message) => errors.Add(new(PointerOf(name), message));

    public bool Has(string name) => element.TryGetProperty(name, out _);

    public string? String(string name, bool required, int maxLength, int minLength = 0)
    {
        if (!Get(name, required, JsonValueKind.String, "a string", out var value))
        {
            return null;
        }

        var text = value.GetString()!;
        if (text.Length < minLength || text.Length > maxLength)
        {
            errors.Add(new(PointerOf(name), minLength > 0 ? $"must be {minLength}..{maxLength} characters long" : $"must be at most {maxLength} characters long"));
            return null;
        }

        return text;
    }

    public string? Enum(string name, bool required, IReadOnlyList<string> values)
    {
        var text = String(name, required, 64);
        if (text is not null && !values.Contains(text))
        {
            errors.Add(new(PointerOf(name), $"must be one of {string.Join(", ", values)}"));
            return null;
        }

        return text;
    }

    public string? Id(string name, bool required)
    {
        var text = String(name, required, 64, 1);
        if (text is not null && !FinumQuery.IsId(text))
        {
            errors.Add(new(PointerOf(name), "must match ^[A-Za-z0-9_-]{1,64}$"));
            return null;
        }

        return text;
    }

    public int? Integer(string name, bool required)
    {
        if (!Get(name, required, JsonValueKind.Number, "an integer", out var value))
        {
            return null;
        }

        if (!value.TryGetInt32(out var number))
        {
            errors.Add(new(PointerOf(name), "must be an integer"));
            return null;
        }

        return number;
    }

    public DateOnly? Date(string name, bool required)
    {
        var text = String(name, required, 10);
        if (text is null)
        {
            return null;
        }

        if (!DateTimeText.IsDate(text) || !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add(new(PointerOf(name), "must be a date (YYYY-MM-DD)"));
            return null;
        }

        return date;
    }

    public string? Email(string name, bool required)
    {
        var text = String(name, required, 254, 3);
        var at = text?.IndexOf('@', StringComparison.Ordinal) ?? -1;
        if (text is not null && (at <= 0 || at == text.Length - 1 || text.IndexOf('@', at + 1) >= 0 || text.Any(char.IsWhiteSpace)))
        {
            errors.Add(new(PointerOf(name), "must be an e-mail address"));
            return null;
        }

        return text;
    }

    /// <summary>Schema <c>CallbackUrl</c>: absolute http(s) URL, at most 2048 characters.</summary>
    public Uri? CallbackUrl(string name)
    {
        var text = String(name, required: false, 2048, 1);
        if (text is null)
        {
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || string.IsNullOrEmpty(uri.Host))
        {
            errors.Add(new(PointerOf(name), "must be an absolute http or https URL"));
            return null;
        }

        return uri;
    }

    public FinumBodyFields? Object(string name, bool required) =>
        Get(name, required, JsonValueKind.Object, "an object", out var value) ? new FinumBodyFields(value, errors, PointerOf(name)) : null;

    private bool Get(string name, bool required, JsonValueKind kind, string expected, out JsonElement value)
    {
        if (!element.TryGetProperty(name, out value))
        {
            if (required)
            {
                errors.Add(new(PointerOf(name), "is required"));
            }

            return false;
        }

        if (value.ValueKind != kind)
        {
            errors.Add(new(PointerOf(name), $"must be {expected}"));
            return false;
        }

        return true;
    }

    private string PointerOf(string name) => pointer + "/" + name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
