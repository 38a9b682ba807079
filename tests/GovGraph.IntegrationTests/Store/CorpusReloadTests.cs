using GovGraph.IntegrationTests.Corpus;
using GovGraph.Loader;
using GovGraph.Storage.Sqlite;

namespace GovGraph.IntegrationTests.Store;

/// Issue 4's reliability bar on the real gazettes: loading the same files again, in any order, or withdrawing one and
/// loading it back, gives a byte-identical export.
public sealed class CorpusReloadTests(SqliteStoreFile folder) : IClassFixture<SqliteStoreFile>
{
    [Fact]
    public async Task Reloading_the_corpus_in_any_order_gives_a_byte_identical_export()
    {
        var pipeline = new Pipeline();
        var graphs = CorpusFiles.All.Select(pipeline.Load).ToList();
        Assert.True(graphs.Count >= 2);

        await using var store = await SqliteGraphStore.OpenAsync(Path.Combine(folder.Folder, "corpus.db"));
        foreach (var g in graphs) await store.ReplaceFileAsync(g);
        var first = await Exports.JsonAsync(store);
        var stats = await store.StatsAsync();
        Assert.True(stats.Edges.GetValueOrDefault(EdgeTypes.Leads) > 0 && stats.Edges.GetValueOrDefault(EdgeTypes.Cites) > 0);

        foreach (var g in graphs) await store.ReplaceFileAsync(g);
        Assert.Equal(first, await Exports.JsonAsync(store));

        Assert.True(await store.RemoveFileAsync(graphs[0].File));
        Assert.NotEqual(first, await Exports.JsonAsync(store));
        await store.ReplaceFileAsync(graphs[0]);
        Assert.Equal(first, await Exports.JsonAsync(store));

        await using var reversed = await SqliteGraphStore.OpenAsync(Path.Combine(folder.Folder, "corpus-reversed.db"));
        foreach (var g in Enumerable.Reverse(graphs)) await reversed.ReplaceFileAsync(pipeline.Load(Path.Combine(CorpusFiles.Folder, g.File)));
        Assert.Equal(first, await Exports.JsonAsync(reversed));
    }
}
