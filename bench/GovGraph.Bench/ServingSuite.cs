using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using GovGraph.Api;
using GovGraph.Api.Schema;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace GovGraph.Bench;

/// What the load generator process hands back.
public sealed record LoadOutput(List<LoadResult> Results, long TotalRequests);

/// Suite 4: the GraphQL API over HTTP on 127.0.0.1 against the ≥ 1M-edge store, the server in one process
/// (GovGraphApi.BuildApp, Production) and the load generator in another; then the same queries in-process
/// (store alone, GraphQL without HTTP) to show where a request's time goes.
public static class ServingSuite
{
    const string AgencyQuery = """
        query AgencyTasks($id: ID!) {
          node(id: $id) {
            ... on Agency { id name jurisdiction leads(first: 20) { totalCount edges { role surface node { id title section } } } }
          }
        }
        """;

    const string SearchQuery = """
        query Search($text: String!) {
          search(text: $text, first: 20) { __typename id ... on Agency { name } ... on Task { title } ... on Law { title docNumber } }
        }
        """;

    public static async Task<SuiteReport> RunAsync(string work, int seed, long edges, double seconds, IReadOnlyList<int> clients, TextWriter log)
    {
        var db = await StoreSuite.EnsureAsync(work, seed, edges, log);
        var keys = StoreSuite.ReadKeys(db);
        var scenarios = Scenarios(keys, seed);
        var plan = new LoadPlan(scenarios, [.. clients], seconds, 50_000, 1.0, 0);
        log.WriteLine($"Serving: {scenarios.Count} queries × {clients.Count} client counts, {seconds} s each …");
        var (main, logLines, caches) = await AgainstServerAsync(db, plan, [], work, log);
        log.WriteLine("Serving: the two target queries again with the response cache off …");
        var uncachedPlan = plan with { Scenarios = [scenarios[0], scenarios[1]], Clients = [.. clients] };
        var (uncached, _, uncachedCaches) = await AgainstServerAsync(db, uncachedPlan, ["--response-cache-bytes", "0"], work, log);
        log.WriteLine("Serving: in-process breakdown …");
        var breakdown = await BreakdownAsync(db, scenarios);

        var report = new SuiteReport("serving");
        var stats = await StoreStatsAsync(db);
        report.Line($"Store: the suite-3 graph ({stats.Edges:N0} edges, {stats.Nodes:N0} nodes, seed {seed}). Server: GovGraphApi.BuildApp with " +
                    "`--urls http://127.0.0.1:PORT --environment Production`, Release, server GC as the Api executable has, default logging. " +
                    $"Load generator: this program in a second process (HttpClient, keep-alive, closed loop: each client sends its next request " +
                    $"when the answer is read), {seconds} s per cell after 1 s of warm-up (and 3 s of every query at 4 clients before the first cell), " +
                    $"at most {plan.MaxRequests:N0} requests per cell. " +
                    $"**The load generator shares the machine's {Environment.ProcessorCount} cores with the server**, and other users' builds " +
                    $"share them too (load average at the end: {Machine.LoadAverage()}).");
        report.Line();
        report.Line("Targets (for `Agency` with its led tasks and `neighborhood(depth: 2)`): p99 ≤ 2 ms at 1 client, p99 ≤ 10 ms at 8, ≥ 5,000 requests/s at 32.");
        report.Line();
        report.Table(["query", "clients", "req/s", "p50 ms", "p99 ms", "errors", "server CPU ms/req", "load generator CPU ms/req", "bytes/answer", "target"],
            main.Results.Select(r => (IReadOnlyList<string>)[
                r.Name + (r.Answered ? "" : " (answered null/empty!" + (r.FirstError is null ? ")" : ": " + r.FirstError + ")")),
                r.Clients.ToString(System.Globalization.CultureInfo.InvariantCulture), Fmt.N(r.RequestsPerSecond, 0), Fmt.Ms(r.P50Ms), Fmt.Ms(r.P99Ms),
                r.Errors.ToString(System.Globalization.CultureInfo.InvariantCulture), Fmt.N(r.ServerCpuSeconds * 1000 / Math.Max(1, r.Requests), 2),
                Fmt.N(r.ClientCpuSeconds * 1000 / Math.Max(1, r.Requests), 2), r.BytesPerResponse.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                Target(r, scenarios)]));
        report.Line($"The server wrote {Fmt.N((double)logLines / Math.Max(1, main.TotalRequests), 1)} log lines per request to its standard output " +
                    "at its default logging. `neighborhood` answers are bounded by its `perHop` argument (default " +
                    $"{Api.Graph.GraphQueries.DefaultPerHop} nodes per hop; the queries here leave it at the default). Each query is one text with " +
                    "200 variable sets, so after its first request every request finds its parsed document in the API's document cache.");
        report.Line();
        report.Line($"The API's response cache (answers kept until a load commits) served {CacheShare(caches.ResponseHits, caches.ResponseMisses)} of the " +
                    $"requests above it looked up ({caches.ResponseHits:N0} hits, {caches.ResponseMisses:N0} misses, warm-up included): each query has " +
                    $"{scenarios[0].Variables.Count} variable sets drawn from the store's keys (fewer distinct ones where a key repeats), so after the warm-up " +
                    "nearly every request repeats an answer already made. The document cache served " +
                    $"{CacheShare(caches.DocumentHits, caches.DocumentMisses)} of the requests that reached GraphQL. " +
                    "The same two target queries with the response cache off (`--GovGraph:Api:ResponseCacheBytes=0`; the document cache still on), " +
                    "which is what a request for an answer not made before costs:");
        report.Line();
        report.Table(["query", "clients", "req/s", "p50 ms", "p99 ms", "server CPU ms/req", "bytes/answer", "target", "req/s with the response cache"],
            uncached.Results.Select(r => (IReadOnlyList<string>)[
                r.Name, r.Clients.ToString(System.Globalization.CultureInfo.InvariantCulture), Fmt.N(r.RequestsPerSecond, 0), Fmt.Ms(r.P50Ms), Fmt.Ms(r.P99Ms),
                Fmt.N(r.ServerCpuSeconds * 1000 / Math.Max(1, r.Requests), 2), r.BytesPerResponse.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                Target(r, scenarios), Fmt.N(main.Results.First(m => m.Name == r.Name && m.Clients == r.Clients).RequestsPerSecond, 0)]));
        report.Line($"(Response cache in that run: {uncachedCaches.ResponseHits:N0} hits, as it was off; document cache {CacheShare(uncachedCaches.DocumentHits, uncachedCaches.DocumentMisses)} hits.)");
        report.Line();
        report.Line("Where one request's time goes, one call after another in one process, every column over the same variable sets (p50 ms): the store calls the resolvers make, " +
                    "GraphQL execution with JSON serialization but no HTTP (GovGraph's schema and batch loaders, the server's services, its document cache), " +
                    "the same with the query parsed and validated on every call (what the document cache saves), and " +
                    "the whole request over HTTP at 1 client with the response cache off, from the table above:");
        report.Line();
        report.Table(["query", "store calls alone", "GraphQL in-process", "the same, parsed and validated every call", "over HTTP (1 client, no response cache)"],
            breakdown.Select(b => (IReadOnlyList<string>)[
                b.Name + (b.Failure is null ? "" : $" (failed: {b.Failure})"), Fmt.Ms(b.StoreMs), Fmt.Ms(b.GraphQLMs), Fmt.Ms(b.UncachedMs),
                Fmt.Ms((uncached.Results.FirstOrDefault(r => r.Name == b.Name && r.Clients == 1) ?? main.Results.FirstOrDefault(r => r.Name == b.Name && r.Clients == 1))?.P50Ms ?? double.NaN)]));

        foreach (var r in main.Results)
        {
            var key = new string([.. r.Name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]) + "." + r.Clients;
            report.Metric(key + ".rps", r.RequestsPerSecond);
            report.Metric(key + ".p50_ms", r.P50Ms);
            report.Metric(key + ".p99_ms", r.P99Ms);
            report.Metric(key + ".errors", r.Errors);
        }
        return report;
    }

    static string CacheShare(long hits, long misses) =>
        hits + misses == 0 ? "none" : (100.0 * hits / (hits + misses)).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " %";

    public sealed record CacheCounts(long ResponseHits, long ResponseMisses, long DocumentHits, long DocumentMisses);

    static string Target(LoadResult r, List<Scenario> scenarios)
    {
        if (r.Name != scenarios[0].Name && r.Name != scenarios[1].Name) return "";
        return r.Clients switch
        {
            1 => r.P99Ms <= 2 ? "met (p99 ≤ 2)" : "**missed** (p99 ≤ 2)",
            8 => r.P99Ms <= 10 ? "met (p99 ≤ 10)" : "**missed** (p99 ≤ 10)",
            32 => r.RequestsPerSecond >= 5000 ? "met (≥ 5,000/s)" : "**missed** (≥ 5,000/s)",
            _ => "",
        };
    }

    /// The three queries of the targets, then the README's examples (docs/queries), each with 200 variable sets.
    public static List<Scenario> Scenarios(StoreKeys keys, int seed)
    {
        var rng = new Random(seed);
        string Pick(List<string> from) => from[rng.Next(from.Count)];
        List<Dictionary<string, object?>> Vars(Func<Dictionary<string, object?>> make) => [.. Enumerable.Range(0, 200).Select(_ => make())];
        string Example(string file) => File.ReadAllText(Path.Combine(Repo.Queries, file));
        return
        [
            new("Agency + led tasks", AgencyQuery, Vars(() => new() { ["id"] = Pick(keys.Agencies) })),
            new("neighborhood(depth: 2)", Example("neighborhood.graphql"), Vars(() => new() { ["id"] = Pick(keys.Agencies), ["depth"] = 2 })),
            new("search", SearchQuery, Vars(() => new() { ["text"] = Pick(keys.SearchTerms) })),
            new("README BureauLeaderboard", Example("bureau-leaderboard.graphql"), Vars(() => new() { ["county"] = Pick(keys.Counties) })),
            new("README BureauTasks", Example("bureau-tasks.graphql"), Vars(() => new() { ["name"] = Pick(keys.AgencyNames), ["county"] = Pick(keys.Counties) })),
            new("README CitationTrail", Example("citation-trail.graphql"), Vars(() => new() { ["lawId"] = Pick(keys.Laws) })),
            new("README Neighborhood", Example("neighborhood.graphql"), Vars(() => new() { ["id"] = Pick(keys.Tasks) })),
            new("README TaskSource", Example("task-source.graphql"), Vars(() => new() { ["taskId"] = Pick(keys.Tasks) })),
        ];
    }

    /// Starts the server process, runs the load generator process against it, stops the server.
    static async Task<(LoadOutput Output, long ServerLogLines, CacheCounts Caches)> AgainstServerAsync(string db, LoadPlan plan, string[] serverArgs, string work, TextWriter log)
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        var info = BenchProcess.StartInfo(["server", "--db", db, "--url", url, .. serverArgs]);
        info.RedirectStandardInput = true;
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // The Api executable is a Web SDK project, which turns server GC on; this program is a console one.
        info.Environment["DOTNET_gcServer"] = "1";
        using var server = Process.Start(info) ?? throw new InvalidOperationException("The server process did not start.");
        long lines = 0;
        var errors = new List<string>();
        string? cacheLine = null;
        server.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            if (e.Data.StartsWith(ServerVerb.CachePrefix, StringComparison.Ordinal)) cacheLine = e.Data;
            else Interlocked.Increment(ref lines);
        };
        server.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (errors) errors.Add(e.Data); };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        try
        {
            await WaitUntilHealthyAsync(server, url, errors);
            var planFile = Path.Combine(work, "serving-plan.json");
            var outFile = Path.Combine(work, "serving-results.json");
            File.WriteAllText(planFile, JsonSerializer.Serialize(plan with { ServerPid = server.Id }));
            await BenchProcess.RunAsync(["client", "--url", url, "--plan", planFile, "--out", outFile], log, TimeSpan.FromMinutes(30));
            var output = JsonSerializer.Deserialize<LoadOutput>(File.ReadAllText(outFile))!;
            server.StandardInput.Close();
            if (!server.WaitForExit(15_000)) server.Kill(entireProcessTree: true);
            // Without a timeout this also waits for the redirected output to be read to its end.
            server.WaitForExit();
            var counts = cacheLine?[ServerVerb.CachePrefix.Length..].Split(' ').Select(long.Parse).ToArray() ?? [0, 0, 0, 0];
            return (output, Interlocked.Read(ref lines), new CacheCounts(counts[0], counts[1], counts[2], counts[3]));
        }
        finally
        {
            if (!server.HasExited)
            {
                server.StandardInput.Close();
                if (!server.WaitForExit(15_000)) server.Kill(entireProcessTree: true);
            }
        }
    }

    static async Task WaitUntilHealthyAsync(Process server, string url, List<string> errors)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (server.HasExited) throw new InvalidOperationException($"The server exited with {server.ExitCode}: {string.Join('\n', errors)}");
            try
            {
                using var health = await http.GetAsync(url + "/health");
                if (health.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(200);
        }
        throw new TimeoutException($"The server at {url} did not answer /health within 2 minutes.");
    }

    static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    static async Task<(long Nodes, long Edges)> StoreStatsAsync(string db)
    {
        await using var store = await Storage.Sqlite.SqliteGraphStore.OpenAsync(db);
        var stats = await store.StatsAsync();
        return (stats.Nodes.Values.Sum(), stats.Edges.Values.Sum());
    }

    public sealed record Breakdown(string Name, double StoreMs, double GraphQLMs, double UncachedMs, string? Failure = null);

    /// The target queries in this process, each column over the same variable sets in the same order: the store calls
    /// their resolvers make, then GraphQL execution and JSON writing through the API's own services, without Kestrel or a socket.
    static async Task<List<Breakdown>> BreakdownAsync(string db, List<Scenario> scenarios)
    {
        await using var app = GovGraphApi.BuildApp(["--environment", "Production", "--Logging:LogLevel:Default=Warning"], "sqlite:" + db);
        var store = app.Services.GetRequiredService<IGraphStore>();
        var executer = app.Services.GetRequiredService<IDocumentExecuter<GovGraphSchema>>();
        var serializer = app.Services.GetRequiredService<IGraphQLTextSerializer>();
        string Var(Scenario s, int i, string name) => (string)s.Variables[i % s.Variables.Count][name]!;

        var storeCalls = new Dictionary<string, Func<int, Task>>
        {
            [scenarios[0].Name] = async i =>
            {
                var id = Var(scenarios[0], i, "id");
                await store.GetNodesAsync([id]);
                var page = await store.EdgePageAsync(new EdgeQuery(id, EdgeTypes.Leads, EdgeDirection.Out, First: 20));
                await store.GetNodesAsync([.. page.Items.Select(p => p.Item.To)]);
            },
            [scenarios[1].Name] = async i => await store.NeighborhoodAsync(Var(scenarios[1], i, "id"), 2, null, Api.Graph.GraphQueries.DefaultPerHop),
            [scenarios[2].Name] = async i => await store.SearchAsync(Var(scenarios[2], i, "text"), null, 20),
        };
        var result = new List<Breakdown>();
        foreach (var scenario in scenarios.Take(3))
        {
            var variables = scenario.Variables.Select(v => serializer.Deserialize<Inputs>(JsonSerializer.Serialize(v))).ToArray();
            Func<int, Task> Execute(bool cached) => async i =>
            {
                await using var scope = app.Services.CreateAsyncScope();
                var executed = await executer.ExecuteAsync(o =>
                {
                    o.Query = scenario.Query;
                    // A document handed in bypasses the cache, so it is validated in full, as on a cache miss.
                    if (!cached) o.Document = GraphQLParser.Parser.Parse(scenario.Query);
                    o.Variables = variables[i % variables.Length];
                    o.RequestServices = scope.ServiceProvider;
                });
                using var sink = new MemoryStream();
                await serializer.WriteAsync(sink, executed);
            };
            try
            {
                result.Add(new Breakdown(scenario.Name, await P50Async(storeCalls[scenario.Name]), await P50Async(Execute(true)), await P50Async(Execute(false))));
            }
            catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
            {
                result.Add(new Breakdown(scenario.Name, double.NaN, double.NaN, double.NaN, e.Message));
            }
        }
        return result;
    }

    /// The median of calls 0, 1, 2 … after 50 warm-up calls with the same indexes, so every column sees the same inputs.
    static async Task<double> P50Async(Func<int, Task> call)
    {
        for (var i = 0; i < 50; i++) await call(i);
        var ticks = new List<long>();
        var clock = Stopwatch.StartNew();
        while (ticks.Count < 1000 && clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            var t0 = Stopwatch.GetTimestamp();
            await call(ticks.Count);
            ticks.Add(Stopwatch.GetTimestamp() - t0);
        }
        return Latencies.Of(ticks).P50Ms;
    }
}
