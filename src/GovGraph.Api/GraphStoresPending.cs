namespace GovGraph.Storage;

/// Interim until branch `store` (which owns GraphStores) is merged: this file is deleted by that merge.
public static class GraphStores
{
    public static Task<IGraphStore> OpenAsync(string spec, CancellationToken ct = default) =>
        throw new NotSupportedException($"Store '{spec}' cannot be opened: the storage implementation is not merged into this branch yet.");
}
