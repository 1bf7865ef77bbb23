using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

// Usage: WireMockStub <port> <path> <body file> <content type> [--bare-kestrel]
// Serves GET <path> (any query) with the file's bytes until the process is stopped: as a WireMock.Net
// static stub, or with --bare-kestrel from one request delegate on plain Kestrel (no middleware, no
// routing, no journal): the ceiling any server on Kestrel has for these bytes on this machine.
if (args.Length is < 4 or > 5 || !int.TryParse(args[0], System.Globalization.CultureInfo.InvariantCulture, out var port)
    || (args.Length == 5 && args[4] != "--bare-kestrel"))
{
    await Console.Error.WriteLineAsync("usage: WireMockStub <port> <path> <body file> <content type> [--bare-kestrel]");
    return 2;
}

var body = await File.ReadAllBytesAsync(args[2]);
if (args.Length == 5)
{
    await BareKestrel.ServeAsync(port, args[1], body, args[3]);
    return 0;
}

using var server = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{port}"], StartAdminInterface = false });
server.Given(Request.Create().WithPath(args[1]).UsingGet())
    .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", args[3]).WithBody(body));
Console.WriteLine($"wiremock.net serving {args[1]} on {server.Urls[0]}");
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.Cancel();
try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
}

return 0;
