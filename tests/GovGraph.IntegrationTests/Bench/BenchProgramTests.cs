using System.Text.Json;
using GovGraph.Bench;
using GovGraph.Synthetic;

namespace GovGraph.IntegrationTests.Bench;

/// The benchmark program's smallest suite on a tiny input, so the bench code keeps compiling and running.
/// These tests check that the numbers come out well-formed and land in the results file, never what they are:
/// the suite asserts nothing about time.
public sealed class BenchProgramTests : IDisposable
{
    readonly string _work = Directory.CreateTempSubdirectory("govgraph-bench-test-").FullName;

    static readonly string[] Stages = ["read", "normalize", "segment", "extract+resolve", "all"];

    [Fact]
    public async Task Extract_suite_on_1_MB_writes_well_formed_numbers_into_its_block_of_the_results()
    {
        var corpus = Directory.CreateDirectory(Path.Combine(_work, "corpus")).FullName;
        var gazette = SyntheticGenerator.GenerateFile(seed: 7, index: 0);
        File.WriteAllText(Path.Combine(corpus, gazette.Name), gazette.Text);
        var results = Path.Combine(_work, "RESULTS.md");
        var json = Path.Combine(_work, "extract.json");

        var exit = await BenchProgram.Main(["extract", "--synthetic-mb", "1", "--passes", "1", "--corpus", corpus,
            "--work", _work, "--results", results, "--json", json]);

        Assert.Equal(0, exit);
        using var numbers = JsonDocument.Parse(File.ReadAllText(json));
        Assert.Equal("extract", numbers.RootElement.GetProperty("suite").GetString());
        var metrics = numbers.RootElement.GetProperty("metrics").EnumerateObject().ToDictionary(m => m.Name, m => m.Value.GetDouble());
        foreach (var input in new[] { "corpus", "synthetic" })
        {
            foreach (var stage in Stages)
                Assert.True(double.IsFinite(metrics[$"{input}.{stage}.mb_per_s"]) && metrics[$"{input}.{stage}.mb_per_s"] > 0, $"{input}.{stage}.mb_per_s = {metrics[$"{input}.{stage}.mb_per_s"]}");
            Assert.True(metrics[$"{input}.bytes"] > 0);
            Assert.True(metrics[$"{input}.documents"] >= 1);
        }
        Assert.True(metrics["synthetic.bytes"] >= 1_000_000, "the synthetic corpus holds at least the megabyte asked for");
        Assert.All(metrics, m => Assert.True(double.IsFinite(m.Value) && m.Value >= 0, $"{m.Key} = {m.Value}"));

        var text = File.ReadAllText(results);
        var block = Block(text, "extract");
        Assert.Contains("| input | MB | documents | read | normalize | segment | extract+resolve |", block, StringComparison.Ordinal);
        Assert.Contains("| synthetic (", block, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", block, StringComparison.Ordinal);
        Assert.DoesNotContain("∞", block, StringComparison.Ordinal);
        Assert.Contains("- .NET: ", Block(text, "machine"), StringComparison.Ordinal);
        foreach (var other in new[] { "load", "store", "serving" }) Assert.Equal("Not run yet.", Block(text, other).Trim());
    }

    [Fact]
    public void Rerunning_a_suite_rewrites_its_block_and_keeps_the_hand_written_analysis()
    {
        var results = Path.Combine(_work, "RESULTS.md");
        var first = new SuiteReport("store");
        first.Line("| upsert | 1 |");
        ResultsFile.Update(results, Machine.Describe(), first, "bench store");
        File.AppendAllText(results, "\n### Where the time goes\n\nWritten by hand.\n");
        var second = new SuiteReport("store");
        second.Line("| upsert | 2 |");

        ResultsFile.Update(results, Machine.Describe(), second, "bench store");

        var text = File.ReadAllText(results);
        Assert.Contains("| upsert | 2 |", Block(text, "store"), StringComparison.Ordinal);
        Assert.DoesNotContain("| upsert | 1 |", text, StringComparison.Ordinal);
        Assert.Contains("Written by hand.", text, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "<!-- bench:store -->"));
    }

    static string Block(string text, string name)
    {
        var open = $"<!-- bench:{name} -->";
        var start = text.IndexOf(open, StringComparison.Ordinal);
        var end = text.IndexOf($"<!-- /bench:{name} -->", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"the results file has a {name} block");
        return text[(start + open.Length)..end];
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);
}
