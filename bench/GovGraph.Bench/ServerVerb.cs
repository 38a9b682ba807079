using GovGraph.Api;
using Microsoft.Extensions.DependencyInjection;

namespace GovGraph.Bench;

/// The serving suite's server process: the API as `govgraph serve` builds it (GovGraphApi.BuildApp), on the given
/// URL, until its standard input closes (the suite closes it; no signal or process name needed).
public static class ServerVerb
{
    /// The last line the server prints: response cache hits and misses, then document cache hits and misses.
    public const string CachePrefix = "caches: ";

    public static async Task<int> RunAsync(string db, string url, IReadOnlyList<string> extra)
    {
        await using var app = GovGraphApi.BuildApp(["--urls", url, "--environment", "Production", .. extra], "sqlite:" + db);
        await app.StartAsync();
        Console.WriteLine("ready " + url);
        await Console.In.ReadToEndAsync();
        await app.StopAsync();
        var responses = app.Services.GetRequiredService<ResponseCache>();
        var documents = app.Services.GetRequiredService<DocumentCache>();
        Console.WriteLine(FormattableString.Invariant(
            $"{CachePrefix}{responses.Hits} {responses.Misses} {documents.Hits} {documents.Misses}"));
        return 0;
    }
}
