using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;

namespace GovGraph.Storage.Sqlite;

/// The schema as an ordered list of migrations; PRAGMA user_version holds how many have run.
/// Append new migrations; never edit one that has shipped.
static class SqliteSchema
{
    static readonly string[] Migrations =
    [
        // 1: per-file facts, the merged view readers query, and the two full-text indexes.
        """
        CREATE TABLE files(
            file TEXT PRIMARY KEY,
            hash TEXT NOT NULL,
            nodes INTEGER NOT NULL,
            edges INTEGER NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE node_facts(
            node_id TEXT NOT NULL,
            file TEXT NOT NULL,
            label TEXT NOT NULL,
            props_json TEXT NOT NULL,
            mentions_json TEXT NOT NULL,
            PRIMARY KEY (node_id, file)
        ) WITHOUT ROWID;
        CREATE INDEX node_facts_by_file ON node_facts(file);

        CREATE TABLE edge_facts(
            edge_id TEXT NOT NULL,
            file TEXT NOT NULL,
            type TEXT NOT NULL,
            src TEXT NOT NULL,
            dst TEXT NOT NULL,
            props_json TEXT NOT NULL,
            mentions_json TEXT NOT NULL,
            PRIMARY KEY (edge_id, file)
        ) WITHOUT ROWID;
        CREATE INDEX edge_facts_by_file ON edge_facts(file);
        CREATE INDEX edge_facts_by_src ON edge_facts(src);
        CREATE INDEX edge_facts_by_dst ON edge_facts(dst);

        -- seq is the rowid the full-text tables point at; date is '' when unknown so keyset paging needs no NULL case;
        -- aliases are newline-framed (\nA\nB\n) so search can test an exact alias without parsing JSON per hit.
        CREATE TABLE nodes(
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            label TEXT NOT NULL,
            name TEXT NOT NULL,
            title TEXT,
            aliases TEXT NOT NULL,
            key TEXT,
            county TEXT,
            level TEXT,
            kind TEXT,
            date TEXT NOT NULL,
            year INTEGER,
            collective INTEGER NOT NULL,
            props_json TEXT NOT NULL,
            mentions_json TEXT NOT NULL
        );
        CREATE INDEX nodes_by_label_name ON nodes(label, name, id);
        CREATE INDEX nodes_by_label_date ON nodes(label, date, id);
        CREATE INDEX nodes_by_label_id ON nodes(label, id);
        CREATE INDEX nodes_by_label_key ON nodes(label, key);
        CREATE INDEX nodes_by_label_county ON nodes(label, county, name, id);
        -- Level, kind and year filters ride on the label indexes: they split a label into a handful of values, so an
        -- index of their own would cost every write more than it saves a read.

        CREATE TABLE edges(
            id TEXT PRIMARY KEY,
            type TEXT NOT NULL,
            src TEXT NOT NULL,
            dst TEXT NOT NULL,
            role TEXT,
            props_json TEXT NOT NULL,
            mentions_json TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX edges_by_src ON edges(src, type, id);
        CREATE INDEX edges_by_dst ON edges(dst, type, id);
        CREATE INDEX edges_by_type ON edges(type, src, dst);

        -- Contentless: the text lives in nodes; the indexes only point back by rowid (= nodes.seq).
        CREATE VIRTUAL TABLE nodes_trigram USING fts5(name, aliases, body, content='', contentless_delete=1, tokenize='trigram');
        CREATE VIRTUAL TABLE nodes_bigram USING fts5(name, aliases, body, content='', contentless_delete=1, tokenize='unicode61');
        """,

        // 2: the wide rows (properties and mentions as JSON) move to rowid tables, so a load appends them instead of
        // splitting random pages of a tree keyed by hash ids; the ids stay in narrow indexes. The fact tables lose their
        // by-endpoint indexes: only edges hidden because an endpoint is no node can reappear with it, and those few are
        // listed in hidden_edges.
        """
        CREATE TABLE node_facts_v2(
            node_id TEXT NOT NULL,
            file TEXT NOT NULL,
            label TEXT NOT NULL,
            props_json TEXT NOT NULL,
            mentions_json TEXT NOT NULL
        );
        INSERT INTO node_facts_v2 SELECT node_id, file, label, props_json, mentions_json FROM node_facts ORDER BY file, node_id;
        DROP TABLE node_facts;
        ALTER TABLE node_facts_v2 RENAME TO node_facts;
        CREATE UNIQUE INDEX node_facts_by_id ON node_facts(node_id, file);
        CREATE INDEX node_facts_by_file ON node_facts(file);

        CREATE TABLE edge_facts_v2(
            edge_id TEXT NOT NULL,
            file TEXT NOT NULL,
            type TEXT NOT NULL,
            src TEXT NOT NULL,
            dst TEXT NOT NULL,
            props_json TEXT NOT NULL,
            mentions_json TEXT NOT NULL
        );
        INSERT INTO edge_facts_v2 SELECT edge_id, file, type, src, dst, props_json, mentions_json FROM edge_facts ORDER BY file, edge_id;
        DROP TABLE edge_facts;
        ALTER TABLE edge_facts_v2 RENAME TO edge_facts;
        CREATE UNIQUE INDEX edge_facts_by_id ON edge_facts(edge_id, file);
        CREATE INDEX edge_facts_by_file ON edge_facts(file);

        CREATE TABLE edges_v2(
            id TEXT NOT NULL UNIQUE,
            type TEXT NOT NULL,
            src TEXT NOT NULL,
            dst TEXT NOT NULL,
            role TEXT,
            props_json TEXT NOT NULL,
            mentions_json TEXT NOT NULL
        );
        INSERT INTO edges_v2 SELECT id, type, src, dst, role, props_json, mentions_json FROM edges ORDER BY id;
        DROP TABLE edges;
        ALTER TABLE edges_v2 RENAME TO edges;
        CREATE INDEX edges_by_src ON edges(src, type, id);
        CREATE INDEX edges_by_dst ON edges(dst, type, id);
        CREATE INDEX edges_by_type ON edges(type, src, dst);

        -- Edges some file asserts that readers do not see, since an endpoint is no node (its file was removed).
        CREATE TABLE hidden_edges(
            edge_id TEXT PRIMARY KEY,
            src TEXT NOT NULL,
            dst TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX hidden_edges_by_src ON hidden_edges(src);
        CREATE INDEX hidden_edges_by_dst ON hidden_edges(dst);
        INSERT OR IGNORE INTO hidden_edges SELECT edge_id, src, dst FROM edge_facts WHERE edge_id NOT IN (SELECT id FROM edges);
        """,
    ];

    public static int Version => Migrations.Length;

    /// Brings the file to the current version (or to an older one, for the migration tests) in one write transaction;
    /// a concurrent opener waits, then finds it done.
    [SuppressMessage("Security", "CA2100", Justification = "The migrations and the version number are the store's own constants.")]
    public static void Migrate(SqliteConnection connection, string path, int? upTo = null)
    {
        var target = upTo ?? Migrations.Length;
        using var tx = connection.BeginTransaction(deferred: false);
        var current = UserVersion(connection, tx);
        if (current > Migrations.Length)
            throw new InvalidOperationException(
                $"{path} has schema version {current}, newer than this GovGraph understands ({Migrations.Length}); upgrade GovGraph to open it.");
        for (var v = current; v < target; v++)
        {
            using var migrate = connection.CreateCommand();
            migrate.Transaction = tx;
            migrate.CommandText = Migrations[v];
            migrate.ExecuteNonQuery();
        }
        if (current < target)
        {
            using var set = connection.CreateCommand();
            set.Transaction = tx;
            // PRAGMA takes no parameters; the value is our own constant, not input.
            set.CommandText = "PRAGMA user_version = " + target.ToString(System.Globalization.CultureInfo.InvariantCulture);
            set.ExecuteNonQuery();
        }
        tx.Commit();
    }

    static long UserVersion(SqliteConnection connection, SqliteTransaction tx)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "PRAGMA user_version";
        return (long)cmd.ExecuteScalar()!;
    }
}
