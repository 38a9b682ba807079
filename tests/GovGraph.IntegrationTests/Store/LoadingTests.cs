using GovGraph.IntegrationTests.Corpus;
using GovGraph.Loader;
using GovGraph.Storage.Sqlite;

namespace GovGraph.IntegrationTests.Store;

/// The load loop `govgraph load` runs (parallel extraction, batched transactions) on the real gazettes: it must store
/// exactly what loading file by file stores, and a bad file must fail alone wherever it sits in a batch.
public sealed class LoadingTests(SqliteStoreFile folder) : IClassFixture<SqliteStoreFile>
{
    static readonly LoadingOptions SmallBatches = new(Workers: 3, BatchFacts: int.MaxValue, BatchFiles: 2);

    [Fact]
    public async Task A_parallel_batched_load_stores_what_file_by_file_replacement_stores()
    {
        var files = CorpusFiles.All.ToList();
        var pipeline = new Pipeline();
        await using var oneByOne = await SqliteGraphStore.OpenAsync(Path.Combine(folder.Folder, "one-by-one.db"));
        foreach (var file in files) await oneByOne.ReplaceFileAsync(pipeline.Load(file));

        await using var batched = await SqliteGraphStore.OpenAsync(Path.Combine(folder.Folder, "batched.db"));
        var reported = new List<string>();
        var summary = await new Loading(batched, pipeline, SmallBatches).RunAsync(files, f => reported.Add(f.Path));

        Assert.Equal((files.Count, 0), (summary.Loaded, summary.Failures.Count));
        Assert.Equal(files, reported);
        Assert.Equal(await Exports.JsonAsync(oneByOne), await Exports.JsonAsync(batched));
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_and_one_the_store_refuses_fail_alone_and_the_rest_load()
    {
        var files = CorpusFiles.All.Take(3).ToList();
        var broken = Path.Combine(folder.Folder, "broken.pdf");
        await File.WriteAllTextAsync(broken, "not a PDF at all");
        var pipeline = new Pipeline();
        await using var store = await SqliteGraphStore.OpenAsync(Path.Combine(folder.Folder, "failures.db"));
        // Another file already holds one of the second gazette's agencies as a law: the store must refuse that gazette.
        var victim = pipeline.Load(files[1]);
        var agency = victim.Nodes.First(n => n.Label == Labels.Agency);
        await store.ReplaceFileAsync(new FileGraph("clash.txt", "h", [new GraphNode(agency.Id, Labels.Law, new Dictionary<string, object?> { [Props.Name] = "冒名" }, [])], []));

        var summary = await new Loading(store, pipeline, SmallBatches with { BatchFiles = 10 }).RunAsync([files[0], broken, files[1], files[2]]);

        Assert.Equal(2, summary.Loaded);
        Assert.Collection(summary.Failures,
            f => Assert.Equal("broken.pdf", Path.GetFileName(f.File)),
            f =>
            {
                Assert.Equal(Path.GetFileName(files[1]), f.File);
                Assert.Contains(agency.Id, f.Reason, StringComparison.Ordinal);
            });
        var stored = (await store.FilesAsync()).Select(f => f.File).Order(StringComparer.Ordinal);
        Assert.Equal(new[] { "clash.txt", Path.GetFileName(files[0]), Path.GetFileName(files[2]) }.Order(StringComparer.Ordinal), stored);
    }
}
