using System.Globalization;
using System.Text.Json;

namespace GovGraph.Bench;

/// What one suite measured: markdown for its block of RESULTS.md, and flat named numbers for `--json` (and the test).
public sealed class SuiteReport(string suite)
{
    public string Suite { get; } = suite;

    public List<string> Markdown { get; } = [];

    public SortedDictionary<string, double> Metrics { get; } = new(StringComparer.Ordinal);

    public void Metric(string name, double value) => Metrics[name] = value;

    public void Line(string text = "") => Markdown.Add(text);

    public void Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        Markdown.Add("| " + string.Join(" | ", header) + " |");
        Markdown.Add("|" + string.Concat(header.Select(_ => "---|")));
        foreach (var row in rows) Markdown.Add("| " + string.Join(" | ", row) + " |");
        Markdown.Add("");
    }

    public void WriteJson(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, JsonSerializer.Serialize(new { suite = Suite, metrics = Metrics }, JsonOptions));
    }

    static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };
}

/// Number formats of the results: invariant culture, so the file reads the same wherever it is regenerated.
public static class Fmt
{
    public static string N(double value, int decimals = 1) => value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public static string Mb(long bytes) => N(bytes / 1e6, 1);

    public static string MiB(long bytes) => N(bytes / (1024.0 * 1024.0), 0);

    public static string Ms(double ms) => ms < 10 ? N(ms, 2) : N(ms, 1);

    public static string Pct(double fraction) => N(fraction * 100, 0) + " %";

    public static string Seconds(double s) => N(s, 1) + " s";
}

/// Latencies of one operation, measured one after another or by many clients.
public sealed record Latencies(int Count, double P50Ms, double P99Ms, double MeanMs, double MaxMs)
{
    public static Latencies Of(List<long> ticks)
    {
        if (ticks.Count == 0) return new(0, 0, 0, 0, 0);
        ticks.Sort();
        double Ms(long t) => t * 1000.0 / System.Diagnostics.Stopwatch.Frequency;
        long At(double p) => ticks[Math.Min(ticks.Count - 1, (int)Math.Ceiling(p * ticks.Count) - 1)];
        return new(ticks.Count, Ms(At(0.50)), Ms(At(0.99)), Ms((long)ticks.Average()), Ms(ticks[^1]));
    }
}
