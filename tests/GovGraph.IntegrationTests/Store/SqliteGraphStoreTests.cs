using GovGraph.Storage.Sqlite;

namespace GovGraph.IntegrationTests.Store;

/// A fresh SQLite file for one test class, deleted with its folder afterwards.
public sealed class SqliteStoreFile : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("govgraph-store-").FullName;

    public string Path => System.IO.Path.Combine(Folder, "govgraph.db");

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { }
    }
}

/// The store contract against the embedded SQLite store.
public sealed class SqliteGraphStoreTests(SqliteStoreFile file) : GraphStoreContract, IClassFixture<SqliteStoreFile>
{
    protected override async Task<IGraphStore> OpenClientAsync() => await SqliteGraphStore.OpenAsync(file.Path);
}
