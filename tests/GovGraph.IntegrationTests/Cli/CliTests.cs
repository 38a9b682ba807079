using System.Text.Json;
using GovGraph.IntegrationTests.Corpus;

namespace GovGraph.IntegrationTests.Cli;

/// The govgraph command end to end, as a process: load, export, stats, eval, demo, and how it fails.
public sealed class CliTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("govgraph-cli-").FullName;

    string Store => "sqlite:" + Path.Combine(_dir, "g.db");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Loading_the_corpus_and_exporting_twice_gives_identical_json_in_the_data_model_format()
    {
        var load = await Govgraph.RunAsync(_dir, "load", CorpusFiles.Folder, "--store", Store);
        Assert.True(load.ExitCode == 0, load.Output + load.Error);
        Assert.Contains("edges: LEADS", load.Output, StringComparison.Ordinal);

        var first = Path.Combine(_dir, "a.json");
        Assert.Equal(0, (await Govgraph.RunAsync(_dir, "export", "--format", "json", "--out", first, "--store", Store)).ExitCode);
        var reload = await Govgraph.RunAsync(_dir, "load", CorpusFiles.Folder, "--store", Store);
        Assert.Equal(0, reload.ExitCode);
        var second = Path.Combine(_dir, "b.json");
        Assert.Equal(0, (await Govgraph.RunAsync(_dir, "export", "--out", second, "--store", Store)).ExitCode);
        Assert.Equal(await File.ReadAllBytesAsync(first), await File.ReadAllBytesAsync(second));

        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(first));
        var nodes = json.RootElement.GetProperty("nodes").EnumerateArray().ToList();
        var laws = nodes.Where(n => n.GetProperty("label").GetString() == "Law" && n.GetProperty("properties").GetProperty("loaded").GetBoolean()).ToList();
        var notice = laws.Single(l => l.GetProperty("properties").TryGetProperty("docNumber", out var d) && d.GetString() == "五政办发〔2023〕3号");
        var p = notice.GetProperty("properties");
        Assert.Equal("五台县人民政府办公室", p.GetProperty("issuer").GetString());
        Assert.Equal("2023-02-02", p.GetProperty("date").GetString());
        Assert.Equal("notice", p.GetProperty("kind").GetString());
        Assert.Equal(40, p.GetProperty("source").GetProperty("line").GetInt32());
        var edges = json.RootElement.GetProperty("edges").EnumerateArray().ToList();
        var publishes = edges.Where(e => e.GetProperty("type").GetString() == "PUBLISHES").ToList();
        Assert.NotEmpty(publishes);
        var ids = nodes.Select(n => n.GetProperty("id").GetString()).ToHashSet();
        Assert.All(edges, e => Assert.Contains(e.GetProperty("from").GetString(), ids));
        var lead = edges.First(e => e.GetProperty("type").GetString() == "LEADS").GetProperty("properties");
        Assert.True(lead.TryGetProperty("role", out _) && lead.TryGetProperty("surface", out _));
        Assert.True(lead.GetProperty("source").GetProperty("line").GetInt32() > 0);
    }

    [Fact]
    public async Task A_bad_file_fails_alone_with_its_name_and_reason_and_the_rest_loads()
    {
        var input = Directory.CreateDirectory(Path.Combine(_dir, "in")).FullName;
        File.Copy(CorpusFiles.Starting("000"), Path.Combine(input, "good.txt"));
        await File.WriteAllBytesAsync(Path.Combine(input, "empty.txt"), []);
        await File.WriteAllBytesAsync(Path.Combine(input, "broken.pdf"), "%PDF-1.7\n1 0 obj"u8.ToArray());
        var result = await Govgraph.RunAsync(_dir, "load", input, "--store", Store);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("empty.txt", result.Output, StringComparison.Ordinal);
        Assert.Contains("the file is empty", result.Output, StringComparison.Ordinal);
        Assert.Contains("broken.pdf", result.Output, StringComparison.Ordinal);
        Assert.Contains("2 file(s) failed", result.Error, StringComparison.Ordinal);

        var stats = await Govgraph.RunAsync(_dir, "stats", "--store", Store);
        Assert.Equal(0, stats.ExitCode);
        Assert.Contains("五台县", stats.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Usage_errors_exit_with_2_and_say_what_to_do()
    {
        var missing = await Govgraph.RunAsync(_dir, "load", Path.Combine(_dir, "nowhere"), "--store", Store);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("not found", missing.Error, StringComparison.Ordinal);
        var unknownStore = await Govgraph.RunAsync(_dir, "stats", "--store", "mysql:x");
        Assert.Equal(2, unknownStore.ExitCode);
        Assert.Contains("Unknown store", unknownStore.Error, StringComparison.Ordinal);
        Assert.NotEqual(0, (await Govgraph.RunAsync(_dir, "lode")).ExitCode);
        Assert.Contains("load", (await Govgraph.RunAsync(_dir, "--help")).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_prints_precision_recall_and_f1_per_relation()
    {
        var labels = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "GovGraph.Tests", "Labels");
        var result = await Govgraph.RunAsync(_dir, "eval", "--labels", labels, CorpusFiles.Starting("001"));
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("LEADS", result.Output, StringComparison.Ordinal);
        Assert.Contains("precision", result.Output, StringComparison.Ordinal);
        Assert.Contains("1.000", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_generates_loads_and_prints_example_queries()
    {
        var result = await Govgraph.RunAsync(_dir, "demo", "--no-serve", "--size-kb", "200", "--folder", Path.Combine(_dir, "demo"));
        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Contains("Loaded into sqlite:./govgraph-demo.db", result.Output, StringComparison.Ordinal);
        Assert.Contains("citationTrail", result.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_dir, "govgraph-demo.db")));
    }
}
