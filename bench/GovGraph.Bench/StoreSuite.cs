using System.Diagnostics;
using System.Text.Json;
using GovGraph.Loader;
using GovGraph.Storage.Sqlite;

namespace GovGraph.Bench;

/// What building the synthetic store took.
public sealed record StoreBuild(int Files, long Nodes, long Edges, double GenerateSeconds, double UpsertSeconds, long DbBytes,
    List<(double Fraction, double FactsPerSecond)> Slices, long StoredNodes, long StoredEdges);

/// Suite 3: the SQLite store alone. Upserts a synthetic graph of ≥ 1M edges in batches of files (ReplaceFilesAsync,
/// as a load does), then times the reads the API makes: neighbours, neighbourhood of depth 2, citation trail, search.
public static class StoreSuite
{
    public static string DbPath(string work, int seed, long edges) => Path.Combine(work, $"store-seed{seed}-{edges / 1000}k.db");

    static string KeysPath(string db) => db + ".keys.json";

    /// Edge facts per distinct edge in the synthetic graph (measured: 1,000,099 facts for 916,269 edges), to report
    /// progress in tenths before the distinct count is known.
    const double FactsPerEdge = 1.09;

    public static async Task<SuiteReport> RunAsync(string work, int seed, long edges, TextWriter log)
    {
        var db = DbPath(work, seed, edges);
        var build = await BuildAsync(db, seed, edges, log);
        var keys = ReadKeys(db);

        await using var store = await SqliteGraphStore.OpenAsync(db);
        var rng = new Random(seed);
        var ops = new (string Key, string Name, Func<Task<int>> Call)[]
        {
            ("neighbours", "neighbours of an agency (EdgesOfAsync, both directions)", async () =>
                (await store.EdgesOfAsync([Pick(rng, keys.Agencies)], EdgeDirection.Both)).Count),
            ("neighborhood_agency", "NeighborhoodAsync depth 2 from an agency", async () =>
                (await store.NeighborhoodAsync(Pick(rng, keys.Agencies), 2)).Nodes.Count),
            ("neighborhood_task", "NeighborhoodAsync depth 2 from a task", async () =>
                (await store.NeighborhoodAsync(Pick(rng, keys.Tasks), 2)).Nodes.Count),
            ("trail", "CitationTrailAsync up, depth 5, from a county notice", async () =>
                (await store.CitationTrailAsync(Pick(rng, keys.Laws), 5, TrailDirection.Up)).Nodes.Count),
            ("search", "SearchAsync, first 20 (2- to 8-character terms)", async () =>
                (await store.SearchAsync(Pick(rng, keys.SearchTerms), null, 20)).Count),
            ("edge_page", "EdgePageAsync: first 20 tasks an agency leads", async () =>
                (await store.EdgePageAsync(new EdgeQuery(Pick(rng, keys.Agencies), EdgeTypes.Leads, EdgeDirection.Out, First: 20))).Items.Count),
        };
        var rows = new List<IReadOnlyList<string>>();
        var report = new SuiteReport("store");
        foreach (var (key, name, call) in ops)
        {
            log.WriteLine($"Store: {name} …");
            var (latency, size) = await TimeAsync(call, 2000, TimeSpan.FromSeconds(15));
            rows.Add([name, latency.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), Fmt.Ms(latency.P50Ms), Fmt.Ms(latency.P99Ms), Fmt.Ms(latency.MaxMs), Fmt.N(size, 0)]);
            report.Metric($"{key}.p50_ms", latency.P50Ms);
            report.Metric($"{key}.p99_ms", latency.P99Ms);
        }

        var facts = build.Nodes + build.Edges;
        report.Line($"Synthetic graph (seed {seed}): {build.Files:N0} gazette files asserting {build.Nodes:N0} node and {build.Edges:N0} edge facts, " +
                    $"merged by the store into {build.StoredNodes:N0} nodes and {build.StoredEdges:N0} edges; SQLite file with WAL {Fmt.MiB(build.DbBytes)} MiB. " +
                    $"Load average at the end: {Machine.LoadAverage()}.");
        report.Line();
        report.Line($"**Upsert rate: {Fmt.N(facts / build.UpsertSeconds, 0)} nodes+edges/s** ({Fmt.Seconds(build.UpsertSeconds)} in ReplaceFilesAsync, batches of up to {LoadingOptions.Default.BatchFacts:N0} facts or {LoadingOptions.Default.BatchFiles} files per transaction as `govgraph load` writes them; " +
                    $"building the FileGraphs took {Fmt.Seconds(build.GenerateSeconds)} more, not counted). The rate in each tenth of the build, as the store grows:");
        report.Line();
        report.Line("| tenth | " + string.Join(" | ", build.Slices.Select(s => Fmt.Pct(s.Fraction))) + " |");
        report.Line("|---|" + string.Concat(build.Slices.Select(_ => "---|")));
        report.Line("| nodes+edges/s | " + string.Join(" | ", build.Slices.Select(s => Fmt.N(s.FactsPerSecond, 0))) + " |");
        report.Line();
        report.Line("Reads, one after another on one connection pool (random start nodes from the graph, fixed seed):");
        report.Line();
        report.Table(["operation", "calls", "p50 ms", "p99 ms", "max ms", "mean result size"], rows);
        report.Metric("upsert.facts_per_s", facts / build.UpsertSeconds);
        report.Metric("edges", build.StoredEdges);
        return report;
    }

    /// Builds the store (always afresh: the build is the upsert measurement) and writes the query keys beside it.
    public static async Task<StoreBuild> BuildAsync(string db, int seed, long targetEdges, TextWriter log)
    {
        foreach (var f in new[] { db, db + "-wal", db + "-shm", KeysPath(db), db + ".complete" }) File.Delete(f);
        Directory.CreateDirectory(Path.GetDirectoryName(db)!);
        log.WriteLine($"Store: upserting a synthetic graph of {targetEdges:N0}+ edges into {db} …");
        var graph = new SyntheticGraph(seed);
        long nodes = 0, edges = 0, generateTicks = 0, upsertTicks = 0, sliceFacts = 0, sliceTicks = 0;
        var files = 0;
        var slices = new List<(double, double)>();
        await using (var store = await SqliteGraphStore.OpenAsync(db))
        {
            // Batches closed at the limits `govgraph load` uses; enumerated by hand so generating a file is timed apart
            // from storing it.
            var limits = LoadingOptions.Default;
            var batch = new List<FileGraph>();
            var batchFacts = 0;
            using var stream = graph.Files(targetEdges).GetEnumerator();
            while (true)
            {
                var t0 = Stopwatch.GetTimestamp();
                var more = stream.MoveNext();
                var t1 = Stopwatch.GetTimestamp();
                generateTicks += t1 - t0;
                if (more)
                {
                    batch.Add(stream.Current);
                    batchFacts += stream.Current.Nodes.Count + stream.Current.Edges.Count;
                    if (batchFacts < limits.BatchFacts && batch.Count < limits.BatchFiles) continue;
                }
                if (batch.Count == 0) break;
                await store.ReplaceFilesAsync(batch);
                var t2 = Stopwatch.GetTimestamp();
                upsertTicks += t2 - t1;
                sliceTicks += t2 - t1;
                sliceFacts += batchFacts;
                nodes += batch.Sum(f => f.Nodes.Count);
                edges += batch.Sum(f => f.Edges.Count);
                files += batch.Count;
                (batch, batchFacts) = ([], 0);
                // The last batch closes a tenth of its own only when the estimate had not already reached 100 %.
                if (edges * 10 >= (slices.Count + 1) * targetEdges * FactsPerEdge || (!more && (slices.Count == 0 || slices[^1].Item1 < 1.0)))
                {
                    slices.Add((Math.Min(1.0, edges / (targetEdges * FactsPerEdge)), sliceFacts / (sliceTicks / (double)Stopwatch.Frequency)));
                    log.WriteLine($"  {edges:N0} edges, {slices[^1].Item2:N0} facts/s in this tenth");
                    (sliceFacts, sliceTicks) = (0, 0);
                }
                if (!more) break;
            }
            var stats = await store.StatsAsync();
            File.WriteAllText(KeysPath(db), JsonSerializer.Serialize(graph.Keys));
            var dbBytes = new[] { db, db + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);
            var build = new StoreBuild(files, nodes, edges, generateTicks / (double)Stopwatch.Frequency, upsertTicks / (double)Stopwatch.Frequency,
                dbBytes, slices, stats.Nodes.Values.Sum(), stats.Edges.Values.Sum());
            File.WriteAllText(db + ".complete", "");
            return build;
        }
    }

    /// The store of <paramref name="edges"/> edges for the serving suite: reused when a store run already built it.
    public static async Task<string> EnsureAsync(string work, int seed, long edges, TextWriter log)
    {
        var db = DbPath(work, seed, edges);
        if (!File.Exists(db + ".complete") || !File.Exists(KeysPath(db))) await BuildAsync(db, seed, edges, log);
        return db;
    }

    public static StoreKeys ReadKeys(string db) => JsonSerializer.Deserialize<StoreKeys>(File.ReadAllText(KeysPath(db)))!;

    static string Pick(Random rng, List<string> from) => from[rng.Next(from.Count)];

    /// Calls one after another: a short warm-up, then up to <paramref name="calls"/> calls or <paramref name="budget"/>.
    static async Task<(Latencies, double MeanSize)> TimeAsync(Func<Task<int>> call, int calls, TimeSpan budget)
    {
        for (var i = 0; i < 20; i++) await call();
        var ticks = new List<long>(calls);
        long size = 0;
        var clock = Stopwatch.StartNew();
        while (ticks.Count < calls && clock.Elapsed < budget)
        {
            var t0 = Stopwatch.GetTimestamp();
            size += await call();
            ticks.Add(Stopwatch.GetTimestamp() - t0);
        }
        return (Latencies.Of(ticks), (double)size / ticks.Count);
    }
}
