namespace Conformance.Runner.Expressions;

/// <summary>
/// One parsed runtime expression such as <c>$steps.create.outputs.contractId</c> or
/// <c>$response.body#/0/id</c>. <see cref="Owner"/> is the step, workflow or source description
/// id where the kind has one; <see cref="Name"/> the header, parameter, input or output name;
/// <see cref="Pointer"/> the JSON pointer after <c>#</c> (null when absent).
/// </summary>
public sealed record RuntimeExpression(string Text, RuntimeExpressionKind Kind, string? Owner, string? Name, string? Pointer)
{
    /// <summary>Parses one expression; the whole text must be the expression.</summary>
    public static bool TryParse(string text, out RuntimeExpression? expression, out string? error)
    {
        expression = null;
        string? problem = null;
        var hash = text.IndexOf('#', StringComparison.Ordinal);
        var head = hash >= 0 ? text[..hash] : text;
        var pointer = hash >= 0 ? text[(hash + 1)..] : null;
        if (pointer is not null && pointer.Length > 0 && pointer[0] != '/')
        {
            error = $"'{text}': a JSON pointer after '#' must start with '/'";
            return false;
        }

        var parts = head.Split('.');
        RuntimeExpression? Make(RuntimeExpressionKind kind, string? owner, string? name, bool pointerAllowed)
        {
            if (!pointerAllowed && pointer is not null)
            {
                problem = $"'{text}': a JSON pointer is not allowed here";
                return null;
            }

            return new RuntimeExpression(text, kind, owner, name, pointer);
        }

        string Rest(int from) => string.Join('.', parts.Skip(from));
        bool HasRest(int from) => parts.Length > from && parts.Skip(from).All(p => p.Length > 0);

        expression = parts[0] switch
        {
            "$url" when parts.Length == 1 => Make(RuntimeExpressionKind.Url, null, null, false),
            "$method" when parts.Length == 1 => Make(RuntimeExpressionKind.Method, null, null, false),
            "$statusCode" when parts.Length == 1 => Make(RuntimeExpressionKind.StatusCode, null, null, false),
            "$request" or "$response" => ParseMessage(parts, parts[0] == "$request", Make),
            "$inputs" when HasRest(1) => Make(RuntimeExpressionKind.Inputs, null, Rest(1), true),
            "$outputs" when HasRest(1) => Make(RuntimeExpressionKind.Outputs, null, Rest(1), true),
            "$steps" when parts.Length >= 4 && parts[1].Length > 0 && parts[2] == "outputs" && HasRest(3) =>
                Make(RuntimeExpressionKind.StepOutputs, parts[1], Rest(3), true),
            "$workflows" when parts.Length >= 4 && parts[1].Length > 0 && parts[2] == "inputs" && HasRest(3) =>
                Make(RuntimeExpressionKind.WorkflowInputs, parts[1], Rest(3), true),
            "$workflows" when parts.Length >= 4 && parts[1].Length > 0 && parts[2] == "outputs" && HasRest(3) =>
                Make(RuntimeExpressionKind.WorkflowOutputs, parts[1], Rest(3), true),
            "$sourceDescriptions" when parts.Length == 3 && parts[1].Length > 0 && parts[2] == "url" =>
                Make(RuntimeExpressionKind.SourceDescriptionUrl, parts[1], null, false),
            "$components" when parts.Length >= 3 && parts[1] == "inputs" && HasRest(2) =>
                Make(RuntimeExpressionKind.ComponentInputs, null, Rest(2), true),
            "$components" when parts.Length >= 3 && parts[1] == "parameters" && HasRest(2) =>
                Make(RuntimeExpressionKind.ComponentParameters, null, Rest(2), false),
            _ => null,
        };

        error = problem;
        if (expression is null)
        {
            error ??= $"'{text}' is not a supported runtime expression (Arazzo 1.0.1 §4.8)";
            return false;
        }

        return true;
    }

    private static RuntimeExpression? ParseMessage(
        string[] parts,
        bool request,
        Func<RuntimeExpressionKind, string?, string?, bool, RuntimeExpression?> make)
    {
        if (parts.Length == 2 && parts[1] == "body")
        {
            return make(request ? RuntimeExpressionKind.RequestBody : RuntimeExpressionKind.ResponseBody, null, null, true);
        }

        if (parts.Length < 3 || parts.Skip(2).Any(p => p.Length == 0))
        {
            return null;
        }

        var name = string.Join('.', parts.Skip(2));
        return parts[1] switch
        {
            "header" => make(request ? RuntimeExpressionKind.RequestHeader : RuntimeExpressionKind.ResponseHeader, null, name, false),
            "query" when request => make(RuntimeExpressionKind.RequestQuery, null, name, false),
            "path" when request => make(RuntimeExpressionKind.RequestPath, null, name, false),
            _ => null,
        };
    }

    public override string ToString() => Text;
}
