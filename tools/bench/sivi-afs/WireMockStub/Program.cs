using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

// Usage: WireMockStub <port> <path> <body file> <content type>
// Serves GET <path> (any query) with the file's bytes until the process is stopped.
if (args.Length != 4 || !int.TryParse(args[0], System.Globalization.CultureInfo.InvariantCulture, out var port))
{
    await Console.Error.WriteLineAsync("usage: WireMockStub <port> <path> <body file> <content type>");
    return 2;
}

var body = await File.ReadAllBytesAsync(args[2]);
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
