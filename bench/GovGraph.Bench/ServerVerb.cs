using GovGraph.Api;

namespace GovGraph.Bench;

/// The serving suite's server process: the API as `govgraph serve` builds it (GovGraphApi.BuildApp), on the given
/// URL, until its standard input closes (the suite closes it; no signal or process name needed).
public static class ServerVerb
{
    public static async Task<int> RunAsync(string db, string url, IReadOnlyList<string> extra)
    {
        await using var app = GovGraphApi.BuildApp(["--urls", url, "--environment", "Production", .. extra], "sqlite:" + db);
        await app.StartAsync();
        Console.WriteLine("ready " + url);
        await Console.In.ReadToEndAsync();
        await app.StopAsync();
        return 0;
    }
}
