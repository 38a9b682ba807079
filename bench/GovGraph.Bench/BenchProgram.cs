using System.CommandLine;
using System.Globalization;
using System.Text.Json;

namespace GovGraph.Bench;

/// `dotnet run -c Release --project bench/GovGraph.Bench -- <suite>`: runs a suite, prints its numbers and writes
/// them into bench/RESULTS.md. `all` runs the four suites in order (what bench/run calls).
public static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

        var seed = new Option<int>("--seed") { Description = "Seed of every synthetic input.", DefaultValueFactory = _ => 42 };
        var work = new Option<string>("--work") { Description = "Folder for generated corpora and stores (kept between runs).", DefaultValueFactory = _ => Path.Combine(Path.GetTempPath(), "govgraph-bench") };
        var results = new Option<string>("--results") { Description = "The results file to update.", DefaultValueFactory = _ => Repo.Results };
        var json = new Option<string?>("--json") { Description = "Also write the suite's numbers as JSON to this file." };
        var corpus = new Option<string>("--corpus") { Description = "Folder of real gazettes.", DefaultValueFactory = _ => Repo.Corpus };
        var syntheticMb = new Option<int>("--synthetic-mb") { Description = "Size of the synthetic corpus for the extraction suite.", DefaultValueFactory = _ => 100 };
        var passes = new Option<int>("--passes") { Description = "Timed passes over the (small) real corpus.", DefaultValueFactory = _ => 5 };
        var loadMb = new Option<int>("--mb") { Description = "Size of the synthetic corpus to load.", DefaultValueFactory = _ => 100 };
        var large = new Option<bool>("--large") { Description = "Also load a 1 GB synthetic corpus." };
        var edges = new Option<long>("--edges") { Description = "Edges of the synthetic graph for the store and serving suites.", DefaultValueFactory = _ => 1_000_000 };
        var seconds = new Option<double>("--seconds") { Description = "Measured seconds per query and client count.", DefaultValueFactory = _ => 5 };
        var clients = new Option<string>("--clients") { Description = "Concurrent clients, comma-separated.", DefaultValueFactory = _ => "1,8,32" };

        Command Suite(string name, string description, Option[] options, Func<ParseResult, Task<SuiteReport>> run)
        {
            var command = new Command(name, description);
            foreach (var o in options.Concat([seed, work, results, json])) command.Options.Add(o);
            command.SetAction(async (r, _) =>
            {
                var report = await run(r);
                Publish(report, r.GetValue(results)!, r.GetValue(json), args);
                return 0;
            });
            return command;
        }

        Task<SuiteReport> Extract(ParseResult r)
        {
            var synthetic = SyntheticCorpora.Ensure(Work(r), r.GetValue(seed), r.GetValue(syntheticMb) * 1_000_000L, Console.Out);
            return Task.FromResult(ExtractSuite.Run(r.GetValue(corpus)!, synthetic, r.GetValue(seed), r.GetValue(passes), Console.Out));
        }
        Task<SuiteReport> Load(ParseResult r) =>
            LoadSuite.RunAsync(Work(r), r.GetValue(seed), r.GetValue(large) ? [r.GetValue(loadMb) * 1_000_000L, 1_000_000_000L] : [r.GetValue(loadMb) * 1_000_000L], Console.Out);
        Task<SuiteReport> Store(ParseResult r) => StoreSuite.RunAsync(Work(r), r.GetValue(seed), r.GetValue(edges), Console.Out);
        Task<SuiteReport> Serving(ParseResult r) => ServingSuite.RunAsync(Work(r), r.GetValue(seed), r.GetValue(edges), r.GetValue(seconds),
            [.. r.GetValue(clients)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(int.Parse)], Console.Out);
        string Work(ParseResult r) => Directory.CreateDirectory(r.GetValue(work)!).FullName;

        var all = new Command("all", "Every suite in order, each writing its block of the results file.");
        foreach (var o in new Option[] { corpus, syntheticMb, passes, loadMb, large, edges, seconds, clients, seed, work, results }) all.Options.Add(o);
        all.SetAction(async (r, _) =>
        {
            foreach (var run in new Func<ParseResult, Task<SuiteReport>>[] { Extract, Load, Store, Serving })
                Publish(await run(r), r.GetValue(results)!, null, args);
            return 0;
        });

        var root = new RootCommand("GovGraph benchmarks: loading, the store and serving, measured against their targets.")
        {
            Suite("extract", "Loader stages one by one (read, normalize, segment, extract+resolve) on the real and a synthetic corpus.", [corpus, syntheticMb, passes], Extract),
            Suite("load", "Synthetic corpora end to end into SQLite, against grep as the floor.", [loadMb, large], Load),
            Suite("store", "Upsert rate and read latencies of the SQLite store on a synthetic graph.", [edges], Store),
            Suite("serving", "GraphQL over HTTP at 1, 8 and 32 clients, server and load generator in separate processes.", [edges, seconds, clients], Serving),
            all,
            LoadRunCommand(),
            ServerCommand(),
            ClientCommand(),
        };
        return await root.Parse(args).InvokeAsync();
    }

    static void Publish(SuiteReport report, string resultsPath, string? jsonPath, string[] args)
    {
        Console.WriteLine();
        foreach (var line in report.Markdown) Console.WriteLine(line);
        var command = "dotnet run -c Release --project bench/GovGraph.Bench -- " + string.Join(' ', args);
        ResultsFile.Update(resultsPath, Machine.Describe(), report, command.Trim());
        Console.WriteLine($"Updated {resultsPath}.");
        if (jsonPath is not null) report.WriteJson(jsonPath);
    }

    /// The load suite's child: one end-to-end load in a process of its own (for its peak RSS).
    static Command LoadRunCommand()
    {
        var corpus = new Option<string>("--corpus") { Required = true };
        var db = new Option<string>("--db") { Required = true };
        var output = new Option<string>("--out") { Required = true };
        var command = new Command("load-run", "(internal) one end-to-end load, results as JSON") { corpus, db, output };
        command.Hidden = true;
        command.SetAction(async (r, _) =>
        {
            var run = await LoadSuite.RunOnceAsync(r.GetValue(corpus)!, r.GetValue(db)!);
            File.WriteAllText(r.GetValue(output)!, JsonSerializer.Serialize(run));
            Console.WriteLine($"{run.Files} files, {run.Bytes / 1e6:F1} MB in {run.Seconds:F1} s, peak RSS {run.PeakRss / 1048576} MiB");
            return 0;
        });
        return command;
    }

    /// The serving suite's server process.
    static Command ServerCommand()
    {
        var db = new Option<string>("--db") { Required = true };
        var url = new Option<string>("--url") { Required = true };
        var logLevel = new Option<string?>("--log-level");
        var responseCache = new Option<long?>("--response-cache-bytes");
        var command = new Command("server", "(internal) the API on a store until standard input closes") { db, url, logLevel, responseCache };
        command.Hidden = true;
        command.SetAction((r, _) => ServerVerb.RunAsync(r.GetValue(db)!, r.GetValue(url)!,
            [.. r.GetValue(logLevel) is { } level ? ["--Logging:LogLevel:Default=" + level] : Array.Empty<string>(),
             .. r.GetValue(responseCache) is { } bytes ? ["--GovGraph:Api:ResponseCacheBytes=" + bytes.ToString(System.Globalization.CultureInfo.InvariantCulture)] : Array.Empty<string>()]));
        return command;
    }

    /// The serving suite's load generator process.
    static Command ClientCommand()
    {
        var url = new Option<string>("--url") { Required = true };
        var plan = new Option<string>("--plan") { Required = true };
        var output = new Option<string>("--out") { Required = true };
        var command = new Command("client", "(internal) the load generator") { url, plan, output };
        command.Hidden = true;
        command.SetAction(async (r, _) =>
        {
            var loadPlan = JsonSerializer.Deserialize<LoadPlan>(File.ReadAllText(r.GetValue(plan)!))!;
            var (results, total) = await LoadClient.RunAsync(new Uri(r.GetValue(url)!), loadPlan, Console.Out);
            File.WriteAllText(r.GetValue(output)!, JsonSerializer.Serialize(new LoadOutput(results, total)));
            return 0;
        });
        return command;
    }
}
