using Conformance.Mock.Seeding;
using Microsoft.AspNetCore.Builder;

namespace Conformance.Mock.Hosting;

/// <summary>
/// The reference provider's command line, shared by <c>dotnet run --project mock-server/Conformance.Mock</c>
/// and <c>conformance mock</c>. Exit codes: 0 after a clean shutdown or <c>--help</c>/<c>--list-defects</c>,
/// 1 when the server fails to start (e.g. port in use), 2 for bad usage or configuration.
/// </summary>
public static class MockCommandLine
{
    /// <summary>Environment variable read for the admin token when <c>--admin-token</c> is not given (keeps it out of process lists).</summary>
    public const string AdminTokenVariable = "CONFORMANCE_MOCK_ADMIN_TOKEN";

    public static async Task<int> RunAsync(string[] args)
    {
        var parsed = MockArgumentParser.Parse(args);
        if (parsed.Error is not null)
        {
            await Console.Error.WriteLineAsync($"error: {parsed.Error}\n\n{MockArgumentParser.Usage}");
            return 2;
        }

        if (parsed.ShowHelp)
        {
            await Console.Out.WriteLineAsync(MockArgumentParser.Usage);
            return 0;
        }

        if (parsed.ListDefects)
        {
            foreach (var defect in ReferenceProvider.ListDefects())
            {
                await Console.Out.WriteLineAsync($"{defect.Name,-40} {defect.ExpectedCheck,-30} {defect.Description}");
            }

            return 0;
        }

        var options = parsed.Options!;
        if (options.AdminToken is null && Environment.GetEnvironmentVariable(AdminTokenVariable) is { Length: > 0 } token)
        {
            options = options with { AdminToken = token };
        }

        WebApplication app;
        try
        {
            app = ReferenceProvider.Build(options);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or DirectoryNotFoundException or IOException)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}");
            return 2;
        }

        try
        {
            await using var provider = await ReferenceProvider.StartAsync(app, options);
            await app.WaitForShutdownAsync();
            return 0;
        }
        catch (Exception ex) when (ex is SeedFileException or ArgumentException)
        {
            // Found by a module's asynchronous start-up (e.g. a bad seed.yaml): configuration, not a crash.
            await Console.Error.WriteLineAsync($"error: {ex.Message}");
            return 2;
        }
        catch (Exception ex) when (ex is IOException or global::WireMock.Exceptions.WireMockException)
        {
            // Kestrel reports a taken port as IOException, WireMock.Net wraps it in its own exception.
            await Console.Error.WriteLineAsync($"error: could not start: {ex.Message}");
            return 1;
        }
        finally
        {
            await app.DisposeAsync();
        }
    }
}
