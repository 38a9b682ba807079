namespace GovGraph.Storage;

/// Bounds every store enforces alike, so a query that one store answers the other does not refuse.
public static class StoreLimits
{
    public const int MaxNeighborhoodDepth = 3;
    public const int MaxTrailDepth = 10;
    public const int MaxPathDepth = 10;
    public const int MaxPageSize = 1000;

    public static void Depth(int depth, int max, string name)
    {
        if (depth < 0 || depth > max)
            throw new ArgumentOutOfRangeException(name, depth, $"{name} must be between 0 and {max}.");
    }

    public static void PerHop(int perHop, string name)
    {
        if (perHop < 1 || perHop > MaxPageSize)
            throw new ArgumentOutOfRangeException(name, perHop, $"{name} must be between 1 and {MaxPageSize}.");
    }

    public static void PageSize(int size, string name)
    {
        if (size < 0 || size > MaxPageSize)
            throw new ArgumentOutOfRangeException(name, size, $"{name} must be between 0 and {MaxPageSize}.");
    }

    /// Checks what can be checked without the store: known labels and types, unique ids, every edge endpoint named.
    public static void Validate(FileGraph graph)
    {
        if (string.IsNullOrWhiteSpace(graph.File)) throw new GraphDataException("A file graph has no file name.");
        var nodeIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in graph.Nodes)
        {
            if (string.IsNullOrEmpty(node.Id)) throw new GraphDataException($"{graph.File}: a {node.Label} node has no id.");
            if (!Labels.All.Contains(node.Label))
                throw new GraphDataException($"{graph.File}: node {node.Id} has unknown label '{node.Label}' (known: {string.Join(", ", Labels.All)}).");
            if (!nodeIds.Add(node.Id)) throw new GraphDataException($"{graph.File}: node {node.Id} appears twice.");
        }
        var edgeIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var edge in graph.Edges)
        {
            if (string.IsNullOrEmpty(edge.Id)) throw new GraphDataException($"{graph.File}: a {edge.Type} edge has no id.");
            if (!EdgeTypes.All.Contains(edge.Type))
                throw new GraphDataException($"{graph.File}: edge {edge.Id} has unknown type '{edge.Type}' (known: {string.Join(", ", EdgeTypes.All)}).");
            if (string.IsNullOrEmpty(edge.From) || string.IsNullOrEmpty(edge.To))
                throw new GraphDataException($"{graph.File}: edge {edge.Id} ({edge.Type}) lacks an endpoint.");
            if (!edgeIds.Add(edge.Id)) throw new GraphDataException($"{graph.File}: edge {edge.Id} appears twice.");
        }
    }

    /// The error for an edge whose endpoint is neither in its file nor already in the store.
    public static GraphDataException DanglingEdge(string file, GraphEdge edge, string missing) =>
        new($"{file}: edge {edge.Id} ({edge.Type} {edge.From} -> {edge.To}) points to node {missing}, " +
            "which neither this file nor the store holds; nothing of the file was written.");
}
