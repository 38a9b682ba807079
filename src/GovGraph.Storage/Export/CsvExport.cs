using System.Text;

namespace GovGraph.Storage.Export;

/// `govgraph export --format csv`: one file per node label and per relationship type in the header format of
/// `neo4j-admin database import full` (id:ID, :LABEL, typed property columns; :START_ID, :END_ID, :TYPE), plus
/// neo4j-admin-import.txt with the command that imports them. Strings are always quoted (quotes doubled, as RFC 4180
/// and neo4j-admin read them); lists are string[] columns; provenance is flattened as in the GraphML export.
public static class CsvExport
{
    public const string CommandFile = "neo4j-admin-import.txt";

    /// Writes the files into <paramref name="folder"/> (created if missing) and returns their names, command file last.
    public static async Task<IReadOnlyList<string>> WriteAsync(IGraphStore store, string folder, CancellationToken ct = default)
    {
        Directory.CreateDirectory(folder);
        var nodeSchemas = new SortedDictionary<string, PropertySchema>(StringComparer.Ordinal);
        var edgeSchemas = new SortedDictionary<string, PropertySchema>(StringComparer.Ordinal);
        var listChars = new HashSet<char>();
        await foreach (var node in store.AllNodesAsync(ct))
        {
            var values = GraphMlExport.Flatten(node.Properties, node.Mentions);
            Schema(nodeSchemas, node.Label).Add(values);
            NoteListChars(values, listChars);
        }
        await foreach (var edge in store.AllEdgesAsync(ct))
        {
            var values = GraphMlExport.Flatten(edge.Properties, edge.Mentions);
            Schema(edgeSchemas, edge.Type).Add(values);
            NoteListChars(values, listChars);
        }
        // neo4j-admin cannot escape its array delimiter inside an item, so pick one no item contains.
        var delimiter = ";|^~\u001f".First(c => !listChars.Contains(c));

        var files = new List<string>();
        var writers = new Dictionary<string, (StreamWriter Writer, PropertySchema Schema)>(StringComparer.Ordinal);
        try
        {
            foreach (var (label, schema) in nodeSchemas)
            {
                var name = $"nodes-{label}.csv";
                var w = Open(folder, name);
                writers["n:" + label] = (w, schema);
                files.Add(name);
                await w.WriteAsync("id:ID,:LABEL" + Header(schema) + "\n");
            }
            foreach (var (type, schema) in edgeSchemas)
            {
                var name = $"relationships-{type}.csv";
                var w = Open(folder, name);
                writers["e:" + type] = (w, schema);
                files.Add(name);
                await w.WriteAsync(":START_ID,:END_ID,:TYPE,id" + Header(schema) + "\n");
            }
            await foreach (var node in store.AllNodesAsync(ct))
            {
                var (w, schema) = writers["n:" + node.Label];
                await w.WriteAsync(Quote(node.Id) + "," + Quote(node.Label) + Row(schema, GraphMlExport.Flatten(node.Properties, node.Mentions), delimiter) + "\n");
            }
            await foreach (var edge in store.AllEdgesAsync(ct))
            {
                var (w, schema) = writers["e:" + edge.Type];
                await w.WriteAsync(Quote(edge.From) + "," + Quote(edge.To) + "," + Quote(edge.Type) + "," + Quote(edge.Id) +
                    Row(schema, GraphMlExport.Flatten(edge.Properties, edge.Mentions), delimiter) + "\n");
            }
        }
        finally
        {
            foreach (var (w, _) in writers.Values) await w.DisposeAsync();
        }

        var command = new StringBuilder("neo4j-admin database import full neo4j --multiline-fields=true");
        command.Append(" --array-delimiter=").Append(delimiter == '\u001f' ? "\\u001f" : delimiter.ToString());
        foreach (var f in files) command.Append(f.StartsWith("nodes-", StringComparison.Ordinal) ? " --nodes=" : " --relationships=").Append(f);
        await File.WriteAllTextAsync(Path.Combine(folder, CommandFile), command.Append('\n').ToString(), new UTF8Encoding(false), ct);
        files.Add(CommandFile);
        return files;
    }

    static PropertySchema Schema(SortedDictionary<string, PropertySchema> schemas, string name) =>
        schemas.TryGetValue(name, out var s) ? s : schemas[name] = new PropertySchema();

    static void NoteListChars(IReadOnlyDictionary<string, object?> values, HashSet<char> chars)
    {
        foreach (var v in values.Values)
            if (v is IEnumerable<string> list)
                foreach (var item in list) chars.UnionWith(item);
    }

    static StreamWriter Open(string folder, string name) =>
        new(Path.Combine(folder, name), false, new UTF8Encoding(false)) { NewLine = "\n" };

    static string Header(PropertySchema schema) =>
        string.Concat(schema.Columns.Select(c => "," + c.Key + c.Value switch
        {
            ValueKind.Long => ":long",
            ValueKind.Double => ":double",
            ValueKind.Boolean => ":boolean",
            ValueKind.StringList => ":string[]",
            _ => "",
        }));

    static string Row(PropertySchema schema, IReadOnlyDictionary<string, object?> values, char delimiter)
    {
        var sb = new StringBuilder();
        foreach (var (name, kind) in schema.Columns)
        {
            sb.Append(',');
            if (!values.TryGetValue(name, out var value) || value is null) continue;
            var text = PropertySchema.Text(value, kind, delimiter);
            sb.Append(kind is ValueKind.Long or ValueKind.Double or ValueKind.Boolean ? text : Quote(text));
        }
        return sb.ToString();
    }

    static string Quote(string s) => "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
