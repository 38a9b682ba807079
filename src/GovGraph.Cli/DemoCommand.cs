using System.CommandLine;
using GovGraph.Loader;
using GovGraph.Storage;
using GovGraph.Synthetic;

namespace GovGraph.Cli;

/// govgraph demo: a synthetic multi-county corpus with known facts, loaded into a fresh embedded store and served.
static class DemoCommand
{
    public const string DefaultStore = "sqlite:./govgraph-demo.db";

    public static Command Create()
    {
        var urls = ServeCommand.UrlsOption();
        var seed = new Option<int>("--seed") { Description = "Seed of the synthetic corpus (the same seed gives the same corpus).", DefaultValueFactory = _ => 2023 };
        var size = new Option<int>("--size-kb") { Description = "Approximate size of the corpus in KB.", DefaultValueFactory = _ => 2000 };
        var folder = new Option<string>("--folder") { Description = "Where the generated documents and their labels are written.", DefaultValueFactory = _ => "./govgraph-demo" };
        var noServe = new Option<bool>("--no-serve") { Description = "Generate and load, print the example queries, then exit." };
        var command = new Command("demo", "Generate a synthetic corpus, load it into a fresh embedded store and serve it.") { urls, seed, size, folder, noServe };
        command.SetAction((r, ct) => RunAsync(r.GetValue(urls)!, r.GetValue(seed), r.GetValue(size), r.GetValue(folder)!, r.GetValue(noServe), ct));
        return command;
    }

    static async Task<int> RunAsync(string urls, int seed, int sizeKb, string folder, bool noServe, CancellationToken ct)
    {
        if (sizeKb <= 0)
        {
            Console.Error.WriteLine("govgraph demo: --size-kb must be positive.");
            return ExitCodes.Usage;
        }
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        var corpus = SyntheticGenerator.WriteCorpus(folder, seed, sizeKb * 1024L);
        Console.WriteLine($"Generated {corpus.Files} gazette(s), {corpus.Bytes / 1024:N0} KB, in {corpus.Folder} (labels in {corpus.LabelsFolder}).");

        var file = DefaultStore["sqlite:".Length..];
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(file + suffix);
        await using (var store = await GraphStores.OpenAsync(DefaultStore, ct))
        {
            var gazettes = Pipeline.Expand([folder]).Where(p => !p.Contains("labels", StringComparison.Ordinal)).ToList();
            var summary = await new Loading(store, new Pipeline()).RunAsync(gazettes, ct: ct);
            // The generator writes only files the loader reads; a failure here is a fault of ours, not the user's.
            if (summary.Failures.Count > 0) throw new InvalidOperationException($"The demo corpus did not load: {summary.Failures[0].File}: {summary.Failures[0].Reason}");
            var stats = await store.StatsAsync(ct);
            Console.WriteLine($"Loaded into {DefaultStore}: {string.Join(", ", stats.Nodes.Select(n => $"{n.Value} {n.Key}"))}; {stats.Edges.Values.Sum()} edges.");
            var leaders = await store.LeaderboardAsync(null, null, 1, ct);
            var laws = (await store.ListNodesAsync(new NodeQuery(Labels.Law, Level: "county", First: 1), ct)).Items;
            var agency = leaders.Count > 0 ? leaders[0].Agency : null;
            var law = laws.Count > 0 ? laws[0].Item : null;
            PrintExamples(agency, law);
        }
        if (noServe) return ExitCodes.Ok;
        return await ServeCommand.RunAsync(urls, DefaultStore, a =>
            Console.WriteLine($"\nOpen {a}/graphiql and run the queries above (POST them to {a}/graphql from any client). Ctrl+C stops the demo."), ct);
    }

    static void PrintExamples(GraphNode? agency, GraphNode? law)
    {
        Console.WriteLine("\nThree questions to ask it:");
        Console.WriteLine($$"""
            1. Which bureau leads which tasks?
               { agencies(contains: "{{agency?.Name ?? "发展和改革局"}}", first: 3) { edges { node { name leads(first: 5) { edges { role surface source { file line quote } node { title } } } } } } }
            2. What is around this document (for a visualization)?
               { neighborhood(id: "{{law?.Id ?? "law_..."}}", depth: 1) { nodes { id label name } edges { type from to } } }
            3. Which regulations does it follow, up to the national ones?
               { citationTrail(lawId: "{{law?.Id ?? "law_..."}}", depth: 3, direction: UP) { nodes { label name } edges { type from to source { line quote } } } }
            """);
    }
}
