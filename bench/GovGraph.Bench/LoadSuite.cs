using System.Diagnostics;
using System.Text.Json;
using GovGraph.Loader;
using GovGraph.Storage.Sqlite;

namespace GovGraph.Bench;

/// One end-to-end load, measured in its own process so its peak RSS is the loader's alone.
public sealed record LoadRun(
    int Files, long Bytes, int Documents, int Failures, double Seconds, double ExtractionSeconds, double StoreSeconds,
    int Workers, int BatchFacts, long PeakRss, long SampledPeakRss, bool KernelPeak, long Nodes, long Edges, long DbBytes, List<LoadSlice> Slices);

/// One tenth of a load's bytes: how fast it went and the memory at its end.
public sealed record LoadSlice(double Fraction, double MbPerSecond, long Rss);

/// Suite 2: synthetic corpora loaded end to end into a fresh SQLite file with the loop `govgraph load` runs
/// (GovGraph.Loader.Loading: parallel extraction, batched store transactions), against `grep -c 牵头` over the same
/// files as the floor.
public static class LoadSuite
{
    public static async Task<SuiteReport> RunAsync(string work, int seed, IReadOnlyList<long> sizes, TextWriter log)
    {
        var report = new SuiteReport("load");
        var rows = new List<IReadOnlyList<string>>();
        var details = new List<string>();
        foreach (var size in sizes)
        {
            var corpus = SyntheticCorpora.Ensure(work, seed, size, log);
            var db = Path.Combine(work, $"load-{size / 1_000_000}MB.db");
            var output = Path.Combine(work, $"load-{size / 1_000_000}MB.json");
            var loadBefore = Machine.LoadAverage();
            log.WriteLine($"Loading {corpus.Files} files ({Fmt.Mb(corpus.Bytes)} MB) into {db} in a child process …");
            await BenchProcess.RunAsync(["load-run", "--corpus", corpus.Folder, "--db", db, "--out", output], log, TimeSpan.FromHours(3));
            var run = JsonSerializer.Deserialize<LoadRun>(File.ReadAllText(output))!;
            var grep = GrepFloor.Measure(corpus.Folder, log);
            var mb = run.Bytes / 1e6;
            var name = $"{size / 1_000_000:N0} MB";
            rows.Add([
                name, run.Files.ToString("N0", Inv), run.Documents.ToString("N0", Inv), Fmt.Seconds(run.Seconds),
                Fmt.N(mb / run.Seconds), Fmt.N(run.Documents / run.Seconds, 0),
                Fmt.MiB(run.PeakRss) + " MiB", Fmt.N(mb / grep.Seconds, 0), Fmt.N(run.Seconds / grep.Seconds, 0) + "×",
            ]);
            details.Add($"**{name}** (load average {loadBefore} before, {Machine.LoadAverage()} after; seed {seed}): " +
                        $"{run.Workers} extraction workers beside the store, batches of up to {run.BatchFacts:N0} facts; " +
                        $"extraction {Fmt.Seconds(run.ExtractionSeconds)} of CPU summed over the workers, " +
                        $"store {Fmt.Seconds(run.StoreSeconds)} ({Fmt.Pct(run.StoreSeconds / run.Seconds)} of the wall time). " +
                        $"Stored {run.Nodes:N0} nodes and {run.Edges:N0} edges; the SQLite file (with WAL) is {Fmt.MiB(run.DbBytes)} MiB. " +
                        (run.Failures > 0 ? $"{run.Failures} files failed to load. " : "") +
                        $"Peak RSS: {(run.KernelPeak ? "VmHWM" : "sampled")} {Fmt.MiB(run.PeakRss)} MiB, sampled every 50 ms {Fmt.MiB(run.SampledPeakRss)} MiB. " +
                        $"grep found {grep.Matches:N0} lines with 牵头 in {Fmt.N(grep.Seconds, 2)} s.");
            details.Add("");
            details.Add("| share of the bytes | " + string.Join(" | ", run.Slices.Select(s => Fmt.Pct(s.Fraction))) + " |");
            details.Add("|---|" + string.Concat(run.Slices.Select(_ => "---|")));
            details.Add("| MB/s in that tenth | " + string.Join(" | ", run.Slices.Select(s => Fmt.N(s.MbPerSecond))) + " |");
            details.Add("| RSS MiB at its end | " + string.Join(" | ", run.Slices.Select(s => Fmt.MiB(s.Rss))) + " |");
            details.Add("");

            var key = $"{size / 1_000_000}mb";
            report.Metric($"{key}.mb_per_s", mb / run.Seconds);
            report.Metric($"{key}.documents_per_s", run.Documents / run.Seconds);
            report.Metric($"{key}.peak_rss_bytes", run.PeakRss);
            report.Metric($"{key}.grep_mb_per_s", mb / grep.Seconds);
            report.Metric($"{key}.ratio_to_grep", run.Seconds / grep.Seconds);
            report.Metric($"{key}.store_share", run.StoreSeconds / run.Seconds);
        }
        report.Line("Targets: ≥ 15 MB/s end to end; peak RSS ≤ 500 MB while loading 1 GB. The floor is `LC_ALL=C grep -c -r --include=*.txt 牵头` " +
                    "over the same files in the same run (page cache warm, best of two). Documents are the loaded documents (Law nodes with their text) " +
                    "the files hold; a gazette file holds several.");
        report.Line();
        report.Table(["corpus", "files", "documents", "time", "MB/s", "documents/s", "peak RSS", "grep MB/s", "load time ÷ grep time"], rows);
        foreach (var d in details) report.Line(d);
        return report;
    }

    static readonly IFormatProvider Inv = System.Globalization.CultureInfo.InvariantCulture;

    /// The child: what `govgraph load` does, with RSS sampled on the side and the rate taken per tenth of the bytes.
    public static async Task<LoadRun> RunOnceAsync(string folder, string db)
    {
        foreach (var f in new[] { db, db + "-wal", db + "-shm" }) File.Delete(f);
        var kernelPeak = Memory.ResetPeak();
        using var sampler = new RssSampler(TimeSpan.FromMilliseconds(50));
        var files = Pipeline.Expand([folder]).ToList();
        var total = files.Sum(f => new FileInfo(f).Length);

        await using var store = await SqliteGraphStore.OpenAsync(db);
        var options = LoadingOptions.Default;
        var clock = Stopwatch.StartNew();
        long done = 0, sliceBytes = 0;
        var documents = 0;
        var slices = new List<LoadSlice>();
        var sliceStart = clock.Elapsed;
        var summary = await new Loading(store, new Pipeline(), options).RunAsync(files, file =>
        {
            documents += file.Graph?.Nodes.Count(n => n.Label == Labels.Law && n.Properties.TryGetValue(Props.Loaded, out var l) && l is true) ?? 0;
            done += file.Bytes;
            sliceBytes += file.Bytes;
            if (done * 10 < (slices.Count + 1) * total && done != total) return;
            slices.Add(new LoadSlice((double)done / total, sliceBytes / 1e6 / (clock.Elapsed - sliceStart).TotalSeconds, Memory.Rss()));
            (sliceStart, sliceBytes) = (clock.Elapsed, 0);
        });
        var seconds = clock.Elapsed.TotalSeconds;
        // Taken before the counts below, which read the finished file through the readers' memory map: not loading.
        var (peak, sampledPeak) = (kernelPeak ? Memory.PeakRss() : sampler.Peak, sampler.Peak);
        var stats = await store.StatsAsync();
        var dbBytes = new[] { db, db + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);
        return new LoadRun(files.Count, total, documents, summary.Failures.Count, seconds, summary.Extraction.TotalSeconds, summary.Store.TotalSeconds,
            options.Workers, options.BatchFacts, peak, sampledPeak, kernelPeak,
            stats.Nodes.Values.Sum(), stats.Edges.Values.Sum(), dbBytes, slices);
    }

}

/// The floor: how fast this machine scans the same bytes for 牵头 with grep.
public static class GrepFloor
{
    public sealed record Result(double Seconds, long Matches);

    public static Result Measure(string folder, TextWriter log)
    {
        Result? best = null;
        for (var run = 0; run < 2; run++)
        {
            var info = new ProcessStartInfo("grep") { RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var a in new[] { "-c", "-r", "--include=*.txt", "牵头", folder }) info.ArgumentList.Add(a);
            // Byte matching: the floor should not pay for a UTF-8 locale.
            info.Environment["LC_ALL"] = "C";
            var clock = Stopwatch.StartNew();
            using var grep = Process.Start(info) ?? throw new InvalidOperationException("grep could not be started.");
            long matches = 0;
            while (grep.StandardOutput.ReadLine() is { } line)
                matches += long.Parse(line[(line.LastIndexOf(':') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
            grep.WaitForExit();
            var result = new Result(clock.Elapsed.TotalSeconds, matches);
            if (grep.ExitCode > 1) throw new InvalidOperationException($"grep exited with {grep.ExitCode} on {folder}.");
            if (best is null || result.Seconds < best.Seconds) best = result;
        }
        log.WriteLine($"  grep -c 牵头: {best!.Matches:N0} lines in {best.Seconds:F2} s");
        return best;
    }
}
