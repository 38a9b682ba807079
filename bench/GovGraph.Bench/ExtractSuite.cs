using System.Diagnostics;
using GovGraph.Loader;
using GovGraph.Loader.Extract;
using GovGraph.Loader.Normalize;
using GovGraph.Loader.Read;
using GovGraph.Loader.Resolve;
using GovGraph.Loader.Segment;

namespace GovGraph.Bench;

/// Suite 1: the loader's stages one by one, no store: read, normalize (repair), segment, extract + resolve.
/// The same calls as Pipeline.Load, each timed on its own, so the slowest stage shows.
public static partial class ExtractSuite
{
    static readonly string[] StageNames = ["read", "normalize", "segment", "extract+resolve"];

    /// Time, allocation and GC per stage over a set of files; memory sampled as the files go by.
    public sealed class StageTotals
    {
        public long[] Ticks { get; } = new long[4];
        public long[] Allocated { get; } = new long[4];
        public long Bytes { get; set; }
        public int Files { get; set; }
        public int Documents { get; set; }
        public long Nodes { get; set; }
        public long Edges { get; set; }
        public int Failures { get; set; }
        public TimeSpan GcPause { get; set; }
        public int Gen2 { get; set; }
        public List<(double Fraction, long Rss)> RssAlong { get; } = [];

        public double Seconds(int stage) => Ticks[stage] / (double)Stopwatch.Frequency;

        public double TotalSeconds => Ticks.Sum() / (double)Stopwatch.Frequency;

        public double MbPerSecond(int stage) => Bytes / 1e6 / Seconds(stage);
    }

    public static SuiteReport Run(string corpusFolder, CorpusOnDisk synthetic, int seed, int passes, TextWriter log)
    {
        var extractor = new GraphExtractor(RegionTable.Default);
        var corpusFiles = Pipeline.Expand([corpusFolder]).ToList();
        if (corpusFiles.Count == 0) throw new ArgumentException($"{corpusFolder} holds no .txt, .pdf or .docx files to measure.");

        log.WriteLine($"Extraction: warming up on {corpusFiles.Count} corpus files …");
        Measure(corpusFiles, extractor, 1);
        log.WriteLine($"Extraction: {passes} passes over the corpus …");
        var corpus = Measure(corpusFiles, extractor, passes);
        var synthFiles = Pipeline.Expand([synthetic.Folder]).ToList();
        log.WriteLine($"Extraction: {synthFiles.Count} synthetic files ({Fmt.Mb(synthetic.Bytes)} MB) …");
        var synth = Measure(synthFiles, extractor, 1, sampleMemory: true);

        var report = new SuiteReport("extract");
        report.Line($"Machine load average at the end: {Machine.LoadAverage()}. Input bytes are UTF-8 bytes on disk (page cache warm: " +
                    "the corpus is read once before timing, the synthetic corpus was just written). One thread, as `govgraph load` runs.");
        report.Line();
        var rows = new List<IReadOnlyList<string>>();
        foreach (var (name, t) in new[] { ($"real corpus ({corpusFiles.Count} files × {passes} passes)", corpus), ($"synthetic ({synthetic.Files} files, seed {seed})", synth) })
        {
            var slowest = Enumerable.Range(0, 4).MaxBy(t.Seconds);
            rows.Add([
                name, Fmt.Mb(t.Bytes), t.Documents.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                .. Enumerable.Range(0, 4).Select(s => Fmt.N(t.MbPerSecond(s))),
                Fmt.N(t.Bytes / 1e6 / t.TotalSeconds), StageNames[slowest] + " (" + Fmt.Pct(t.Seconds(slowest) / t.TotalSeconds) + ")",
            ]);
        }
        report.Line("Throughput in MB/s of input, each stage timed alone (higher is better):");
        report.Line();
        report.Table(["input", "MB", "documents", "read", "normalize", "segment", "extract+resolve", "all four", "slowest stage (share of time)"], rows);

        report.Line("Where the time and the allocations go on the synthetic corpus:");
        report.Line();
        report.Table(["stage", "seconds", "share of time", "allocated MB per input MB"],
            Enumerable.Range(0, 4).Select(s => (IReadOnlyList<string>)[
                StageNames[s], Fmt.N(synth.Seconds(s), 2), Fmt.Pct(synth.Seconds(s) / synth.TotalSeconds), Fmt.N(synth.Allocated[s] / (double)synth.Bytes, 1)]));
        report.Line($"GC: {Fmt.N(synth.GcPause.TotalSeconds, 2)} s paused ({Fmt.Pct(synth.GcPause.TotalSeconds / synth.TotalSeconds)} of the time), {synth.Gen2} gen-2 collections. " +
                    $"Extracted {synth.Nodes:N0} node and {synth.Edges:N0} edge facts from {synth.Documents:N0} documents" +
                    (synth.Failures > 0 ? $"; {synth.Failures} files failed to load." : "."));
        report.Line();
        report.Line("Memory while streaming the synthetic files (RSS after 25/50/75/100 % of them; it should not grow with the number of files): " +
                    string.Join(", ", synth.RssAlong.Select(p => $"{Fmt.Pct(p.Fraction)}: {Fmt.MiB(p.Rss)} MiB")) + ".");
        var sample = synthFiles.Take(BreakdownFiles).ToList();
        log.WriteLine($"Extraction: breakdown of extract+resolve on {sample.Count} synthetic files …");
        var parts = Breakdown(sample, extractor);
        var whole = parts[^1].Seconds;
        report.Line();
        report.Line($"Inside extract+resolve, on the first {sample.Count} synthetic files: the public finders the extractor runs, each timed alone " +
                    "over every paragraph, and what remains of the stage (agency resolution, sections, short names, ids, building the graph):");
        report.Line();
        report.Table(["part", "seconds", "share of extract+resolve"],
            parts.Select(p => (IReadOnlyList<string>)[p.Name, Fmt.N(p.Seconds, 2), Fmt.Pct(p.Seconds / whole)]));
        foreach (var (name, seconds) in parts)
            report.Metric("breakdown." + new string([.. name.TakeWhile(c => c is not (' ' or ':' or ',')).Select(char.ToLowerInvariant)]), seconds);
        report.Line($"Generating this synthetic corpus took {Fmt.Seconds(synthetic.GenerateSeconds)} when it was first written (cached since).");

        foreach (var (prefix, t) in new[] { ("corpus", corpus), ("synthetic", synth) })
        {
            for (var s = 0; s < 4; s++) report.Metric($"{prefix}.{StageNames[s]}.mb_per_s", t.MbPerSecond(s));
            report.Metric($"{prefix}.all.mb_per_s", t.Bytes / 1e6 / t.TotalSeconds);
            report.Metric($"{prefix}.bytes", t.Bytes);
            report.Metric($"{prefix}.documents", t.Documents);
        }
        report.Metric("synthetic.peak_rss_bytes", synth.RssAlong.Max(p => p.Rss));
        return report;
    }

    const int BreakdownFiles = 100;

    /// The extractor's finders one by one (they are public), against the whole extract+resolve stage on the same files.
    static List<(string Name, double Seconds)> Breakdown(IReadOnlyList<string> files, GraphExtractor extractor)
    {
        var names = new[] { "Townships.Learn (once per file)", "Responsibilities.Find", "Citations.Find", "Supersessions.Find", "Targets.Find", "Townships.Find" };
        var ticks = new long[names.Length];
        long whole = 0;
        foreach (var path in files)
        {
            RawText raw;
            try { raw = DocumentReader.Read(path); }
            catch (LoadException) { continue; }
            var normalized = Normalizer.Normalize(raw.File, raw.Text);
            var segmented = Segmenter.Split(normalized);
            var text = normalized.Text;
            var t = Stopwatch.GetTimestamp();
            extractor.Extract(segmented, raw.Text, raw.ContentHash);
            whole += Stopwatch.GetTimestamp() - t;

            t = Stopwatch.GetTimestamp();
            var townships = Townships.Learn(text, LineBreaks().Replace(raw.Text, ""));
            ticks[0] += Stopwatch.GetTimestamp() - t;
            var abbreviations = new Dictionary<string, (string Title, string? Number)>(StringComparer.Ordinal);
            foreach (var p in segmented.Paragraphs)
            {
                t = Stopwatch.GetTimestamp();
                Responsibilities.Find(text, p.Start, p.End);
                var t1 = Stopwatch.GetTimestamp();
                Citations.Find(text, p.Start, p.End, abbreviations);
                var t2 = Stopwatch.GetTimestamp();
                Supersessions.Find(text, p.Start, p.End);
                var t3 = Stopwatch.GetTimestamp();
                Targets.Find(text, p.Start, p.End, null);
                var t4 = Stopwatch.GetTimestamp();
                townships.Find(text, p.Start, p.End);
                var t5 = Stopwatch.GetTimestamp();
                ticks[1] += t1 - t;
                ticks[2] += t2 - t1;
                ticks[3] += t3 - t2;
                ticks[4] += t4 - t3;
                ticks[5] += t5 - t4;
            }
        }
        double Sec(long x) => x / (double)Stopwatch.Frequency;
        var parts = names.Select((n, i) => (n, Sec(ticks[i]))).ToList();
        parts.Add(("rest: resolution, sections, short names, ids, graph", Math.Max(0, Sec(whole - ticks.Sum()))));
        parts.Add(("extract+resolve, whole", Sec(whole)));
        return parts;
    }

    /// The extractor joins the raw text's lines this way before learning township names; its regex is private.
    [System.Text.RegularExpressions.GeneratedRegex(@"[ \t]*\n\s*")]
    private static partial System.Text.RegularExpressions.Regex LineBreaks();

    public static StageTotals Measure(IReadOnlyList<string> files, GraphExtractor extractor, int passes, bool sampleMemory = false)
    {
        var totals = new StageTotals();
        var pauseBefore = GC.GetTotalPauseDuration();
        var gen2Before = GC.CollectionCount(2);
        var nextSample = 1;
        for (var pass = 0; pass < passes; pass++)
        {
            for (var i = 0; i < files.Count; i++)
            {
                try { MeasureFile(files[i], extractor, totals); }
                catch (LoadException) { totals.Failures++; }
                if (sampleMemory && (i + 1) * 4 >= nextSample * files.Count)
                {
                    totals.RssAlong.Add((nextSample / 4.0, Memory.Rss()));
                    nextSample++;
                }
            }
        }
        totals.GcPause = GC.GetTotalPauseDuration() - pauseBefore;
        totals.Gen2 = GC.CollectionCount(2) - gen2Before;
        return totals;
    }

    static void MeasureFile(string path, GraphExtractor extractor, StageTotals totals)
    {
        var t0 = Stopwatch.GetTimestamp();
        var a0 = GC.GetAllocatedBytesForCurrentThread();
        var raw = DocumentReader.Read(path);
        var t1 = Stopwatch.GetTimestamp();
        var a1 = GC.GetAllocatedBytesForCurrentThread();
        var normalized = Normalizer.Normalize(raw.File, raw.Text);
        var t2 = Stopwatch.GetTimestamp();
        var a2 = GC.GetAllocatedBytesForCurrentThread();
        var segmented = Segmenter.Split(normalized);
        var t3 = Stopwatch.GetTimestamp();
        var a3 = GC.GetAllocatedBytesForCurrentThread();
        var graph = extractor.Extract(segmented, raw.Text, raw.ContentHash);
        var t4 = Stopwatch.GetTimestamp();
        var a4 = GC.GetAllocatedBytesForCurrentThread();

        long[] ticks = [t1 - t0, t2 - t1, t3 - t2, t4 - t3];
        long[] allocated = [a1 - a0, a2 - a1, a3 - a2, a4 - a3];
        for (var s = 0; s < 4; s++)
        {
            totals.Ticks[s] += ticks[s];
            totals.Allocated[s] += allocated[s];
        }
        totals.Bytes += new FileInfo(path).Length;
        totals.Files++;
        totals.Documents += segmented.Documents.Count;
        totals.Nodes += graph.Nodes.Count;
        totals.Edges += graph.Edges.Count;
    }
}
