using System.Diagnostics;
using System.Text.Json;
using GovGraph.Synthetic;

namespace GovGraph.Bench;

/// A synthetic corpus on disk, as the loader reads it.
public sealed record CorpusOnDisk(string Folder, int Files, long Bytes, double GenerateSeconds);

/// Synthetic corpora in the work folder, generated once per seed and size (the same seed gives the same bytes),
/// so a rerun measures the loader, not the generator.
public static class SyntheticCorpora
{
    public static CorpusOnDisk Ensure(string work, int seed, long bytes, TextWriter log)
    {
        var folder = Path.Combine(work, $"synthetic-seed{seed}-{bytes / 1_000_000}MB");
        var marker = Path.Combine(folder, ".complete.json");
        if (File.Exists(marker))
        {
            var known = JsonSerializer.Deserialize<CorpusOnDisk>(File.ReadAllText(marker))!;
            return known with { Folder = folder };
        }
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        log.WriteLine($"Generating a {bytes / 1_000_000} MB synthetic corpus (seed {seed}) into {folder} …");
        var clock = Stopwatch.StartNew();
        var summary = SyntheticGenerator.WriteCorpus(folder, seed, bytes, withLabels: false);
        var corpus = new CorpusOnDisk(folder, summary.Files, summary.Bytes, clock.Elapsed.TotalSeconds);
        File.WriteAllText(marker, JsonSerializer.Serialize(corpus));
        log.WriteLine($"  {corpus.Files} files, {Fmt.Mb(corpus.Bytes)} MB in {Fmt.Seconds(corpus.GenerateSeconds)}");
        return corpus;
    }
}
