using System.CommandLine;
using GovGraph.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace GovGraph.Cli;

/// govgraph serve: the GraphQL API (read-only), the explorer at / and GraphiQL at /graphiql.
static class ServeCommand
{
    public static Option<string> UrlsOption() => new("--urls")
    {
        Description = "Where to listen; 127.0.0.1 only unless said otherwise.",
        DefaultValueFactory = _ => GovGraphApi.DefaultUrl,
    };

    public static Command Create()
    {
        var urls = UrlsOption();
        var store = StoreOption.Create();
        var command = new Command("serve", "Serve the graph through GraphQL at /graphql, with the explorer at / and GraphiQL at /graphiql.") { urls, store };
        command.SetAction((result, ct) => RunAsync(result.GetValue(urls)!, result.GetValue(store)!, null, ct));
        return command;
    }

    /// Runs until stopped; <paramref name="started"/> is told the address once the server listens.
    public static async Task<int> RunAsync(string urls, string storeSpec, Action<string>? started, CancellationToken ct)
    {
        WebApplication app;
        try { app = GovGraphApi.BuildApp(["--urls", urls], storeSpec); }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException)
        {
            Console.Error.WriteLine($"govgraph serve: cannot start: {e.Message}");
            return ExitCodes.Usage;
        }
        await using (app)
        {
            await app.StartAsync(ct);
            var address = app.Urls.FirstOrDefault() ?? urls;
            (started ?? (a => Console.WriteLine($"GovGraph is serving {storeSpec} at {a}/graphql (explorer: {a}/, GraphiQL: {a}/graphiql). Ctrl+C stops it.")))(address);
            await app.WaitForShutdownAsync(ct);
        }
        return ExitCodes.Ok;
    }
}
