using GovGraph.Storage.Neo4j;
using GovGraph.Storage.Sqlite;

namespace GovGraph.Storage;

/// Opens the store a `--store` value names: `sqlite:FILE` (the default, `sqlite:./govgraph.db`) or `neo4j`.
public static class GraphStores
{
    public const string DefaultSpec = "sqlite:./govgraph.db";
    public const string DefaultSqliteFile = "./govgraph.db";

    /// The forms OpenAsync accepts, for help texts and error messages. Add a line with each new case below.
    public static readonly IReadOnlyList<string> Forms =
    [
        "sqlite:FILE (default sqlite:./govgraph.db)",
        $"neo4j (server from {Neo4jOptions.UrlVariable}, {Neo4jOptions.UserVariable}, {Neo4jOptions.PasswordVariable}, {Neo4jOptions.DatabaseVariable})",
    ];

    public static async Task<IGraphStore> OpenAsync(string? spec, CancellationToken ct = default)
    {
        var (scheme, target) = Parse(spec);
        // One case per backend; the Neo4j adapter adds "neo4j" here (configured from GOVGRAPH_NEO4J_* variables) and its
        // line to Forms.
        return scheme switch
        {
            "sqlite" => await SqliteGraphStore.OpenAsync(target.Length == 0 ? DefaultSqliteFile : target, ct: ct),
            "neo4j" when target.Length == 0 => Neo4jGraphStore.Open(Neo4jOptions.FromEnvironment()),
            "neo4j" => throw new ArgumentException(
                $"The neo4j store takes no argument ('{spec}'); it reads {Neo4jOptions.UrlVariable} and the other GOVGRAPH_NEO4J_* variables.", nameof(spec)),
            _ => throw new ArgumentException($"Unknown store '{spec}'. Use one of: {string.Join("; ", Forms)}.", nameof(spec)),
        };
    }

    /// "sqlite:./x.db" → ("sqlite", "./x.db"); "neo4j" → ("neo4j", ""); null or blank → the default.
    public static (string Scheme, string Target) Parse(string? spec)
    {
        spec = string.IsNullOrWhiteSpace(spec) ? DefaultSpec : spec.Trim();
        var colon = spec.IndexOf(':', StringComparison.Ordinal);
        var scheme = (colon < 0 ? spec : spec[..colon]).ToLowerInvariant();
        var target = colon < 0 ? "" : spec[(colon + 1)..].Trim();
        return (scheme, scheme == "sqlite" && target.Length == 0 ? DefaultSqliteFile : target);
    }
}
