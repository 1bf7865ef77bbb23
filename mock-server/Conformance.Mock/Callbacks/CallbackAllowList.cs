using System.Net;

namespace Conformance.Mock.Callbacks;

/// <summary>
/// Which callback targets the provider may call: CIDR blocks (<c>127.0.0.0/8</c>), single addresses
/// (<c>::1</c>) and exact host names (<c>localhost</c>). A host name is matched as written and never
/// resolved here, so a name cannot smuggle in an address outside the list. Only http and https.
/// </summary>
public sealed class CallbackAllowList
{
    private readonly List<IPNetwork> networks = [];
    private readonly HashSet<string> hostNames = new(StringComparer.OrdinalIgnoreCase);

    public CallbackAllowList(IEnumerable<string> entries)
    {
        foreach (var raw in entries)
        {
            var entry = raw.Trim();
            if (IPNetwork.TryParse(entry, out var network))
            {
                networks.Add(network);
            }
            else if (IPAddress.TryParse(entry, out var address))
            {
                networks.Add(new IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128));
            }
            else if (Uri.CheckHostName(entry) == UriHostNameType.Dns)
            {
                hostNames.Add(entry);
            }
            else
            {
                throw new ArgumentException($"Callback allow-list entry '{raw}' is not a CIDR block, an IP address or a host name.");
            }
        }
    }

    public IReadOnlyList<string> Entries => [.. networks.Select(n => n.ToString()), .. hostNames.Order(StringComparer.Ordinal)];

    public bool IsAllowed(Uri target)
    {
        if (!target.IsAbsoluteUri || (target.Scheme != Uri.UriSchemeHttp && target.Scheme != Uri.UriSchemeHttps))
        {
            return false;
        }

        var host = target.IdnHost.Trim('[', ']');
        if (IPAddress.TryParse(host, out var address))
        {
            if (address.IsIPv4MappedToIPv6)
            {
                address = address.MapToIPv4();
            }

            return networks.Exists(n => n.Contains(address));
        }

        return hostNames.Contains(host);
    }
}
