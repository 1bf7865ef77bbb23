using System.Globalization;

namespace Conformance.Mock.Hosting;

/// <summary>A small hand parser: <c>--name value</c> or <c>--name=value</c>; repeatable options accumulate.</summary>
public static class MockArgumentParser
{
    public const string Usage = """
        Usage: conformance mock [options]   (or: dotnet run --project mock-server/Conformance.Mock -- [options])

          --urls <url[;url]>               where to listen (default http://127.0.0.1:5080; port 0 = free port)
          --seed <int>                     global seed (default 20260101)
          --seed-count <api.type>=<n>      entity count, e.g. finum.contract=1000000 (repeatable; overrides seed.yaml)
          --defect <name>                  start with a deliberate defect (repeatable; see --list-defects)
          --list-defects                   print the defects and the check expected to catch each, then exit
          --proposal-delay <seconds>       FiNUM 120 -> 130 delay on the provider clock (default 5)
          --activation-delay <seconds>     FiNUM 230 -> 320 delay on the provider clock (default 10)
          --callback-allow <host|cidr>     allow callbacks to this host or network (repeatable; replaces the
                                           loopback default: 127.0.0.0/8, ::1, localhost)
          --trust-key <issuer>=<pem file>  trust another FiNUM consumer's public key (repeatable)
          --admin-open                     answer /__admin from any address, not only loopback
          --admin-token <token>            require Authorization: Bearer <token> on /__admin
                                           (or set CONFORMANCE_MOCK_ADMIN_TOKEN)
          --fixtures <dir>                 fixtures folder (default: beside the binary or in the repository)
          --quiet                          log warnings and errors only
          --help                           show this help
        """;

    private static readonly HashSet<string> HostArguments = new(StringComparer.OrdinalIgnoreCase) { "--environment", "--contentRoot", "--applicationName" };

    public static MockArguments Parse(IReadOnlyList<string> args)
    {
        var options = new ReferenceProviderOptions();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var defects = new HashSet<string>(StringComparer.Ordinal);
        var allow = new List<string>();
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
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
                    case "--proposal-delay":
                        options = options with { ProposalDelay = ParseSeconds(name, Value()) };
                        break;
                    case "--activation-delay":
                        options = options with { ActivationDelay = ParseSeconds(name, Value()) };
                        break;
                    case "--callback-allow":
                        allow.Add(Value());
                        break;
                    case "--trust-key":
                        var (issuer, file) = SplitPair(name, Value());
                        keys[issuer] = file;
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

        options = options with { SeedCounts = counts, Defects = defects, TrustedConsumerKeys = keys };
        if (allow.Count > 0)
        {
            options = options with { CallbackAllowList = allow };
        }

        return new MockArguments(options, help, list, null);
    }

    private static int ParseInt(string name, string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"{name} expects an integer, got '{text}'.");

    private static TimeSpan ParseSeconds(string name, string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s >= 0 && s < 1e7
            ? TimeSpan.FromSeconds(s)
            : throw new FormatException($"{name} expects seconds (a number ≥ 0), got '{text}'.");

    private static (string Key, string Value) SplitPair(string name, string text)
    {
        var at = text.IndexOf('=', StringComparison.Ordinal);
        return at > 0 && at < text.Length - 1
            ? (text[..at], text[(at + 1)..])
            : throw new FormatException($"{name} expects <key>=<value>, got '{text}'.");
    }
}
