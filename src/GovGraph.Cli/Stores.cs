using GovGraph.Storage;

namespace GovGraph.Cli;

static class Stores
{
    /// Opens the store or prints one line saying what to do; null when it cannot be opened.
    public static async Task<IGraphStore?> OpenAsync(string spec, CancellationToken ct)
    {
        try { return await GraphStores.OpenAsync(spec, ct); }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException or Microsoft.Data.Sqlite.SqliteException or HttpRequestException)
        {
            Console.Error.WriteLine($"govgraph: cannot open store '{spec}': {e.Message}");
            return null;
        }
    }
}
