using System.Diagnostics;
using GovGraph;
using GovGraph.Storage.Sqlite;
using GovGraph.StoreProbe;

// A tiny separate process for what a test cannot do to itself: be killed with SIGKILL in the middle of a load.
//   load DB FIRST COUNT TASKS   loads files FIRST..FIRST+COUNT-1, printing "begin N" before each, "writing N" once its
//                               transaction has begun (its first fact insert), and "done N" after it committed
//   bench DB FILES TASKS        loads FILES files and prints the upsert rate and the latency of reads
if (args is ["load", var db, var first, var count, var tasks])
{
    await using var store = await SqliteGraphStore.OpenAsync(db);
    var current = -1;
    var announced = -1;
    store.StatementObserver = sql =>
    {
        if (announced != current && sql.StartsWith("INSERT INTO node_facts", StringComparison.Ordinal))
        {
            announced = current;
            Console.WriteLine($"writing {current}");
        }
    };
    for (var i = int.Parse(first); i < int.Parse(first) + int.Parse(count); i++)
    {
        var graph = ProbeGraphs.File(i, int.Parse(tasks));
        current = i;
        Console.WriteLine($"begin {i}");
        await store.ReplaceFileAsync(graph);
        Console.WriteLine($"done {i}");
    }
    return 0;
}
if (args is ["bench", var benchDb, var files, var perFile])
{
    await using var store = await SqliteGraphStore.OpenAsync(benchDb);
    long rows = 0;
    var clock = Stopwatch.StartNew();
    for (var i = 0; i < int.Parse(files); i++)
    {
        var graph = ProbeGraphs.File(i, int.Parse(perFile));
        await store.ReplaceFileAsync(graph);
        rows += graph.Nodes.Count + graph.Edges.Count;
    }
    var stats = await store.StatsAsync();
    Console.WriteLine($"loaded {rows} node and edge facts in {clock.Elapsed.TotalSeconds:F1} s: {rows / clock.Elapsed.TotalSeconds:F0} per second; " +
                      $"store holds {stats.Nodes.Values.Sum()} nodes, {stats.Edges.Values.Sum()} edges");
    var agency = (await store.ListNodesAsync(new NodeQuery(Labels.Agency, First: 1))).Items[0].Item;
    var law = (await store.FindByKeyAsync(Labels.Law, "测政发〔" + (int.Parse(files) - 1) + "〕号"))!;
    async Task Time(string what, Func<Task<int>> run)
    {
        await run();
        var t = Stopwatch.StartNew();
        var n = 0;
        for (var k = 0; k < 20; k++) n = await run();
        Console.WriteLine($"{what}: {t.Elapsed.TotalMilliseconds / 20:F2} ms ({n} results)");
    }
    await Time("neighbours depth 1 of an agency", async () => (await store.NeighborhoodAsync(agency.Id, 1)).Nodes.Count);
    await Time("neighbours depth 2 of a plan", async () => (await store.NeighborhoodAsync(law.Id, 2, [EdgeTypes.PartOf, EdgeTypes.Leads])).Nodes.Count);
    await Time("citation trail up, depth 10", async () => (await store.CitationTrailAsync(law.Id, 10, TrailDirection.Up)).Nodes.Count);
    await Time("search 地质灾害 (trigram)", async () => (await store.SearchAsync("地质灾害", null, 20)).Count);
    await Time("search 防汛 (bigram)", async () => (await store.SearchAsync("防汛", null, 20)).Count);
    await Time("list agencies page", async () => (await store.ListNodesAsync(new NodeQuery(Labels.Agency, County: "测07县", First: 20))).Items.Count);
    await Time("leaderboard", async () => (await store.LeaderboardAsync(null, null, 10)).Count);
    return 0;
}
Console.Error.WriteLine("usage: load DB FIRST COUNT TASKS | bench DB FILES TASKS");
return 2;
