using GovGraph.Storage.Export;

namespace GovGraph.IntegrationTests.Store;

/// A store's JSON export as bytes: what the reload, batching and export tests compare.
public static class Exports
{
    public static async Task<byte[]> JsonAsync(IGraphStore store)
    {
        using var buffer = new MemoryStream();
        await JsonExport.WriteAsync(store, buffer);
        return buffer.ToArray();
    }
}
