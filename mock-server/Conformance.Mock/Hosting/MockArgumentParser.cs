using System.Globalization;
using System.Text;
using Conformance.Mock.Apis;

namespace Conformance.Mock.Hosting;

/// <summary>A small hand parser: <c>--name value</c> or <c>--name=value</c>; repeatable options accumulate.</summary>
public static class MockArgumentParser
{
    private const string GeneralUsage = """
        Usage: conformance mock [options]   (or: dotnet run --project mock-server/Conformance.Mock -- [options])

          --urls <url[;url]>               where to listen (default http://127.0.0.1:5080; port 0 = free port)
          --engine wiremock|kestrel        the server in front of the modules (default wiremock: stub
                                           overrides, WireMock.Net's admin API; kestrel: fastest, no stubs)
          --mappings <dir>                 WireMock.Net mapping files (*.json) loaded at start and on reset
          --journal-size <n>               requests kept in the request journal (default 1000, at least 1)
          --seed <int>                     global seed (default 20260101)
          --seed-count <api.type>=<n>      entity count, e.g. finum.contract=1000000 (repeatable; overrides seed.yaml)
          --defect <name>                  start with a deliberate defect (repeatable; see --list-defects)
          --list-defects                   print the defects and the check expected to catch each, then exit
          --set <api>.<option>=<value>     set an option of one API's module (listed below; repeatable)
          --callback-allow <host|cidr>     allow callbacks to this host or network (repeatable; replaces the
                                           loopback default: 127.0.0.0/8, ::1, localhost)
          --admin-open                     answer /__admin from any address, not only loopback
          --admin-token <token>            require Authorization: Bearer <token> on /__admin
                                           (or set CONFORMANCE_MOCK_ADMIN_TOKEN)
          --fixtures <dir>                 fixtures folder (default: beside the binary or in the repository)
          --quiet                          log warnings and errors only
          --help                           show this help
        """;

    /// <summary>The help text for the discovered modules.</summary>
    public static string Usage => UsageFor(ModuleCatalog.Discover());

    /// <summary>The general options, then each module's own options with their aliases.</summary>
    public static string UsageFor(IReadOnlyList<IApiModule> modules)
    {
        ArgumentNullException.ThrowIfNull(modules);
        var text = new StringBuilder(GeneralUsage);
        foreach (var module in modules.Where(m => m.Options.Count > 0))
        {
            text.Append(CultureInfo.InvariantCulture, $"\n\n  {module.ApiId} options (--set {module.ApiId}.<option>=<value>, or an alias):");
            foreach (var option in module.Options)
            {
                var left = $"{module.ApiId}.{option.Name}={option.ValueHint}";
                text.Append(CultureInfo.InvariantCulture, $"\n    {left,-37}{option.Description}");
                if (option.Aliases.Count > 0)
                {
                    text.Append(CultureInfo.InvariantCulture, $"\n    {string.Empty,-37}alias: {string.Join(", ", option.Aliases.Select(a => $"{a} {option.ValueHint}"))}");
                }
            }
        }

        return text.ToString();
    }

    private static readonly HashSet<string> HostArguments = new(StringComparer.OrdinalIgnoreCase) { "--environment", "--contentRoot", "--applicationName" };

    public static MockArguments Parse(IReadOnlyList<string> args) => Parse(args, ModuleCatalog.Discover());

    /// <summary>Parses against <paramref name="modules"/>: their options and aliases are accepted, their values checked.</summary>
    public static MockArguments Parse(IReadOnlyList<string> args, IReadOnlyList<IApiModule> modules)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(modules);
        var aliases = new Dictionary<string, (string ApiId, string Name)>(StringComparer.Ordinal);
        foreach (var module in modules)
        {
            foreach (var option in module.Options)
            {
                foreach (var alias in option.Aliases)
                {
                    aliases[alias] = (module.ApiId, option.Name);
                }
            }
        }

        var options = new ReferenceProviderOptions();
        var settings = new List<ModuleSetting>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var defects = new HashSet<string>(StringComparer.Ordinal);
        var allow = new List<string>();
        bool help = false, list = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            var eq = arg.StartsWith("--", StringComparison.Ordinal) ? arg.IndexOf('=', StringComparison.Ordinal) : -1;
            var name = eq > 0 ? arg[..eq] : arg;
            string? inline = eq > 0 ? arg[(eq + 1)..] : null;
            string Value()
            {
                if (inline is not null)
                {
                    return inline;
                }

                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    throw new FormatException($"{name} needs a value.");
                }

                return args[++i];
            }

            try
            {
                switch (name)
                {
                    case "--help" or "-h" or "-?":
                        help = true;
                        break;
                    case "--list-defects":
                        list = true;
                        break;
                    case "--urls":
                        options = options with { Urls = [.. Value().Split(';', ',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)] };
                        break;
                    case "--engine":
                        options = options with { Engine = ParseEngine(name, Value()) };
                        break;
                    case "--mappings":
                        options = options with { MappingsDirectory = Path.GetFullPath(Value()) };
                        break;
                    case "--journal-size":
                        var size = ParseInt(name, Value());
                        options = options with { JournalCapacity = size >= 1 ? size : throw new FormatException($"{name} must be at least 1.") };
                        break;
                    case "--seed":
                        options = options with { Seed = ParseInt(name, Value()) };
                        break;
                    case "--seed-count":
                        var (key, text) = SplitPair(name, Value());
                        if (!key.Contains('.', StringComparison.Ordinal))
                        {
                            throw new FormatException($"{name} expects <api>.<type>=<n>, e.g. finum.contract=1000.");
                        }

                        var n = ParseInt(name, text);
                        counts[key] = n >= 0 ? n : throw new FormatException($"{name} {key} must not be negative.");
                        break;
                    case "--defect":
                        defects.Add(Value());
                        break;
                    case "--set":
                        settings.Add(ParseSet(name, Value(), modules));
                        break;
                    case var alias when aliases.TryGetValue(alias, out var target):
                        settings.Add(Checked(name, new ModuleSetting(target.ApiId, target.Name, Value()), modules));
                        break;
                    case "--callback-allow":
                        allow.Add(Value());
                        break;
                    case "--admin-open":
                        options = options with { AdminOpenToNetwork = true };
                        break;
                    case "--admin-token":
                        options = options with { AdminToken = Value() };
                        break;
                    case "--fixtures":
                        options = options with { FixturesDirectory = Path.GetFullPath(Value()) };
                        break;
                    case "--quiet":
                        options = options with { Quiet = true };
                        break;
                    case var host when HostArguments.Contains(host):
                        // Generic-host switches (passed by test hosts such as WebApplicationFactory); accepted and left to the host.
                        _ = Value();
                        break;
                    default:
                        return new MockArguments(null, false, false, $"unknown option '{arg}'.");
                }
            }
            catch (FormatException ex)
            {
                return new MockArguments(null, false, false, ex.Message);
            }
        }

        options = options with { SeedCounts = counts, Defects = defects, ModuleSettings = settings, Modules = modules };
        if (allow.Count > 0)
        {
            options = options with { CallbackAllowList = allow };
        }

        return new MockArguments(options, help, list, null);
    }

    private static ProviderEngine ParseEngine(string name, string text) => text.ToLowerInvariant() switch
    {
        "wiremock" => ProviderEngine.WireMock,
        "kestrel" => ProviderEngine.Kestrel,
        _ => throw new FormatException($"{name} expects wiremock or kestrel, got '{text}'."),
    };

    private static int ParseInt(string name, string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"{name} expects an integer, got '{text}'.");

    /// <summary><c>--set finum.proposalDelay=5s</c>: the API id is up to the first dot, the option up to the first '='.</summary>
    private static ModuleSetting ParseSet(string name, string text, IReadOnlyList<IApiModule> modules)
    {
        var (key, value) = SplitPair(name, text);
        var dot = key.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == key.Length - 1)
        {
            throw new FormatException($"{name} expects <api>.<option>=<value>, e.g. finum.proposalDelay=5s; got '{text}'.");
        }

        return Checked(name, new ModuleSetting(key[..dot], key[(dot + 1)..], value), modules);
    }

    private static ModuleSetting Checked(string name, ModuleSetting setting, IReadOnlyList<IApiModule> modules) =>
        ModuleSettingsCheck.Problem(modules, setting) is { } problem ? throw new FormatException($"{name}: {problem}") : setting;

    private static (string Key, string Value) SplitPair(string name, string text)
    {
        var at = text.IndexOf('=', StringComparison.Ordinal);
        return at > 0 && at < text.Length - 1
            ? (text[..at], text[(at + 1)..])
            : throw new FormatException($"{name} expects <key>=<value>, got '{text}'.");
    }
}
