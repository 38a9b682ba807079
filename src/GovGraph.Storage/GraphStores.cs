using GovGraph.Storage.Sqlite;

namespace GovGraph.Storage;

/// Opens the store a `--store` value names: `sqlite:FILE` (the default, `sqlite:./govgraph.db`) or `neo4j`.
public static class GraphStores
{
    public const string DefaultSpec = "sqlite:./govgraph.db";
    public const string DefaultSqliteFile = "./govgraph.db";

    /// The forms OpenAsync accepts, for help texts and error messages. Add a line with each new case below.
    public static readonly IReadOnlyList<string> Forms = ["sqlite:FILE (default sqlite:./govgraph.db)"];

    public static async Task<IGraphStore> OpenAsync(string? spec, CancellationToken ct = default)
    {
        spec = string.IsNullOrWhiteSpace(spec) ? DefaultSpec : spec.Trim();
        var colon = spec.IndexOf(':', StringComparison.Ordinal);
        var scheme = (colon < 0 ? spec : spec[..colon]).ToLowerInvariant();
        var rest = colon < 0 ? "" : spec[(colon + 1)..].Trim();
        return scheme switch
        {
            "sqlite" => await SqliteGraphStore.OpenAsync(rest.Length == 0 ? DefaultSqliteFile : rest, ct: ct),
            _ => throw new ArgumentException($"Unknown store '{spec}'. Use one of: {string.Join("; ", Forms)}.", nameof(spec)),
        };
    }
}
